import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canManageApiTokens } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";
import type { CreateToken } from "@/lib/validation/tokens";
import { appendEvent } from "../events/append-event";
import { API_TOKEN_SELECT, presentApiToken } from "./present-api-token";
import { generateTokenSecret, hashTokenSecret } from "./token-secret";
import type { CreatedApiTokenView } from "@/lib/views/api-token";

/** Creates a token for the actor themselves. The secret is returned here once and stored only hashed. */
export async function createApiToken({ actor, input }: { actor: Actor; input: CreateToken }): Promise<CreatedApiTokenView> {
  if (!canManageApiTokens(actor)) throw new ForbiddenError();
  const token = generateTokenSecret();
  const row = await getDb().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name: input.name, tokenHash: hashTokenSecret(token) },
      select: API_TOKEN_SELECT,
    });
    await appendEvent(tx, { actorId: actor.id, type: "token.created", payload: { token: presentApiToken(created) } });
    return created;
  });
  return { id: row.id, name: row.name, token };
}
