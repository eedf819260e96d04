import "server-only";
import { recordAudit } from "../audit/record-audit";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canManageApiTokens } from "@/lib/policies/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { appendEvent } from "../events/append-event";
import { API_TOKEN_SELECT, presentApiToken } from "./present-api-token";
import type { ApiTokenView } from "@/lib/views/api-token";

/**
 * Revokes one of the actor's own tokens; anyone else's is "not found" (its existence is not
 * revealed). Revoking a revoked token changes nothing and logs nothing.
 */
export async function revokeApiToken({ actor, tokenId }: { actor: Actor; tokenId: string }): Promise<ApiTokenView> {
  if (!canManageApiTokens(actor)) throw new ForbiddenError();
  return getDb().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: actor.id }, select: API_TOKEN_SELECT });
    if (!token) throw new NotFoundError("Token");
    if (token.revokedAt) return presentApiToken(token);
    const revoked = await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, select: API_TOKEN_SELECT });
    const view = presentApiToken(revoked);
    await recordAudit({ action: "token_revoked", actorId: actor.id, subjectId: actor.id, details: { name: view.name } }, tx);
    await appendEvent(tx, { actorId: actor.id, type: "token.revoked", payload: { token: view } });
    return view;
  });
}
