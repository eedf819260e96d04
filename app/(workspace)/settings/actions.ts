"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult, CreateTokenResult } from "@/components/settings/ApiTokens";
import { requireActor } from "@/lib/auth/session";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { AppError } from "@/lib/errors";
import { ZCreateToken } from "@/lib/validation/tokens";
import { ZUuid } from "@/lib/validation/users";

const ZRevokeToken = z.object({ tokenId: ZUuid }).strict();

function failure(error: unknown, fallback: string): { ok: false; message: string } {
  if (error instanceof AppError) return { ok: false, message: error.message };
  // Log the error, never the input: a failed creation may have generated a secret.
  console.error("Token action failed", error instanceof Error ? error.name : typeof error);
  return { ok: false, message: fallback };
}

export async function createToken(input: z.input<typeof ZCreateToken>): Promise<CreateTokenResult> {
  try {
    const actor = await requireActor();
    const parsed = ZCreateToken.safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid input." };
    const token = await createApiToken({ actor, input: parsed.data });
    revalidatePath("/settings");
    return { ok: true, token };
  } catch (error) {
    return failure(error, "Could not create the token. Try again.");
  }
}

export async function revokeToken(input: z.input<typeof ZRevokeToken>): Promise<ActionResult> {
  try {
    const actor = await requireActor();
    const parsed = ZRevokeToken.safeParse(input);
    if (!parsed.success) return { ok: false, message: "That token does not exist." };
    await revokeApiToken({ actor, tokenId: parsed.data.tokenId });
    revalidatePath("/settings");
    return { ok: true };
  } catch (error) {
    return failure(error, "Could not revoke the token. Try again.");
  }
}
