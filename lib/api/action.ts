/**
 * The twin of authedRoute for server actions: authenticate, check the role, parse the input with
 * the same zod schema as the form, call, and answer one ActionResult. A server action is a public
 * POST endpoint, so none of these steps is left to the page that shows the form.
 */
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { AppError, ForbiddenError, isDatabaseUnavailable, ServiceUnavailableError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import type { ActionFailure, ActionResult } from "@/lib/views/action";
import { unstorableTextFields } from "@/lib/validation/storable-text";
import { fieldErrorsFrom } from "./parse";

export const SERVER_ACTION_TOKEN_REFUSAL = "The app's forms are for people signed in; scripts use the JSON API with their token.";

type Options = {
  /** A rule for everybody who may call the action at all (the data layer checks each record again). */
  allow?: (actor: Actor) => boolean;
  /** Shown when something unexpected failed; the error itself goes to the server log, never the input. */
  fallback: string;
  /** Shown instead of the schema's first message when the input does not parse. */
  invalid?: string;
};

export function authedAction<S extends z.ZodType, T extends object>(
  schema: S,
  handler: (call: { actor: Actor; input: z.infer<S> }) => Promise<T>,
  options: Options,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const actor = await requireActor();
      // Server actions are the app's own forms: a script uses the JSON API, where each route says what a token may do.
      if (await isSignedWithToken()) throw new ForbiddenError(SERVER_ACTION_TOKEN_REFUSAL);
      if (options.allow && !options.allow(actor)) throw new ForbiddenError();
      const unstorable = unstorableTextFields(input);
      if (Object.keys(unstorable).length) return { ok: false, message: options.invalid ?? "Some fields hold text that cannot be stored.", fields: { ...unstorable } };
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        const message = options.invalid ?? parsed.error.issues[0]?.message ?? "Some fields are invalid.";
        return { ok: false, message, fields: fieldErrorsFrom(parsed.error) };
      }
      const value = await handler({ actor, input: parsed.data });
      return { ok: true, ...value };
    } catch (error) {
      unstable_rethrow(error); // a redirect() or notFound() from the handler is Next's to handle
      return failureFrom(error, options.fallback);
    }
  };
}

/** Whether the call came with an Authorization header (outside a request, as in a unit test: no). */
async function isSignedWithToken(): Promise<boolean> {
  try {
    return (await headers()).has("authorization");
  } catch {
    return false;
  }
}

function failureFrom(error: unknown, fallback: string): ActionFailure {
  if (error instanceof AppError) return { ok: false, message: error.message };
  if (isDatabaseUnavailable(error)) return { ok: false, message: new ServiceUnavailableError().message };
  // The name only: an action's input (or what it made, like a token's secret) must not reach the log.
  console.error("Server action failed:", error instanceof Error ? error.name : typeof error);
  return { ok: false, message: fallback };
}
