import "server-only";
import { recordAudit } from "../audit/record-audit";

import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canManageApiTokens } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";
import type { IdempotencyRequest } from "@/lib/validation/idempotency";
import type { CreateToken } from "@/lib/validation/tokens";
import type { CreatedApiTokenView } from "@/lib/views/api-token";
import { appendEvent } from "../events/append-event";
import { withIdempotency } from "../idempotency/with-idempotency";
import { canSealSecrets, openSealedSecret, sealSecret } from "../idempotency/sealed-secret";
import { API_TOKEN_SELECT, presentApiToken } from "./present-api-token";
import { generateTokenSecret, hashTokenSecret } from "./token-secret";

/** What an idempotent token creation keeps for its replays: the secret only sealed. */
const ZSealedCreatedToken = z.object({ id: z.uuid(), name: z.string(), sealedToken: z.string() });

/**
 * Creates a token for the actor themselves. The secret is returned here, stored only hashed; with
 * an Idempotency-Key, a repeat within 24 hours returns the same token again (its secret kept
 * encrypted for that long, see sealed-secret.ts), and no second token is made.
 */
export async function createApiToken({ actor, input, idempotency }: { actor: Actor; input: CreateToken; idempotency?: IdempotencyRequest }): Promise<CreatedApiTokenView> {
  if (!canManageApiTokens(actor)) throw new ForbiddenError();
  const keyed = idempotency && canSealSecrets() ? idempotency : undefined;
  const token = generateTokenSecret();
  const created = await getDb().$transaction((tx) =>
    withIdempotency(tx, actor, keyed, ZSealedCreatedToken, async () => {
      const row = await tx.apiToken.create({
        data: { userId: actor.id, name: input.name, tokenHash: hashTokenSecret(token) },
        select: API_TOKEN_SELECT,
      });
      await recordAudit({ action: "token_created", actorId: actor.id, subjectId: actor.id, details: { name: row.name } }, tx);
      await appendEvent(tx, { actorId: actor.id, type: "token.created", payload: { token: presentApiToken(row) } });
      return { id: row.id, name: row.name, sealedToken: keyed ? sealSecret(token) : "" };
    }),
  );
  return { id: created.id, name: created.name, token: keyed ? openSealedSecret(created.sealedToken) : token };
}
