/**
 * Wraps a route handler: authenticates first (401 JSON when signed out), checks the role when the
 * route has one rule for everybody (403 before the body is even read), and turns thrown errors into
 * JSON responses. Each handler then parses with zod, calls the data layer and shapes the response;
 * the data layer checks permissions again, per record.
 */
import type { NextResponse } from "next/server";
import type { Actor } from "@/lib/policies/actor";
import { requireActor } from "@/lib/auth/session";
import { ForbiddenError } from "@/lib/errors";
import { responseForError } from "./respond";

type Context<P> = { params: Promise<P> };
type Handler<P> = (input: { request: Request; actor: Actor; params: P }) => Promise<NextResponse | Response>;

/** What a signed-in user is answered is theirs: no shared cache, and no browser cache, keeps it. */
function noStore<R extends Response>(response: R): R {
  if (!response.headers.has("cache-control")) response.headers.set("Cache-Control", "no-store");
  return response;
}

/**
 * Refused to a request signed with an API token, for what only a person at the app should do:
 * a token that could mint tokens would outlive its own revocation through the ones it made.
 */
export const SESSION_ONLY_REFUSAL = "Only a signed-in person can do this (in the app), not an API token.";

export function authedRoute<P = Record<string, never>>(
  handler: Handler<P>,
  options: { allow?: (actor: Actor) => boolean; sessionOnly?: boolean } = {},
) {
  return async (request: Request, context: Context<P>) => {
    try {
      const actor = await requireActor();
      if (options.sessionOnly && request.headers.has("authorization")) throw new ForbiddenError(SESSION_ONLY_REFUSAL);
      if (options.allow && !options.allow(actor)) throw new ForbiddenError();
      return noStore(await handler({ request, actor, params: await context.params }));
    } catch (error) {
      return noStore(responseForError(error));
    }
  };
}
