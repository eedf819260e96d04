import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canDeleteClaim, canRestoreClaim } from "@/lib/policies/permissions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordArticleActivity } from "../articles/lock-article";
import { appendEvent } from "../events/append-event";
import { CLAIM_SELECT, presentClaim } from "./present-claim";
import type { ClaimView } from "@/lib/views/claim";

/** Soft delete: the claim and its sources stay in the database, and an editor can restore them. */
export async function deleteClaim({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ClaimView> {
  const claim = await getDb().$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true, createdById: true, deletedAt: true } });
    if (!current || current.deletedAt) throw new NotFoundError("Claim");
    if (!canDeleteClaim(actor, current)) throw new ForbiddenError("You can delete only the claims you created.");
    const row = await tx.claim.update({
      where: { id: claimId },
      data: { deletedAt: new Date(), version: { increment: 1 } },
      select: CLAIM_SELECT,
    });
    const claim = presentClaim(row);
    await appendEvent(tx, { articleId: current.articleId, actorId: actor.id, type: "claim.deleted", payload: { claim } });
    return claim;
  });
  await recordArticleActivity(claim.articleId);
  return claim;
}

export async function restoreClaim({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ClaimView> {
  if (!canRestoreClaim(actor)) throw new ForbiddenError("Only editors can restore deleted claims.");
  const claim = await getDb().$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true, deletedAt: true } });
    if (!current) throw new NotFoundError("Claim");
    if (!current.deletedAt) throw new ConflictError("This claim is not deleted.");
    const row = await tx.claim.update({
      where: { id: claimId },
      data: { deletedAt: null, version: { increment: 1 } },
      select: CLAIM_SELECT,
    });
    const claim = presentClaim(row);
    await appendEvent(tx, { articleId: current.articleId, actorId: actor.id, type: "claim.restored", payload: { claim } });
    return claim;
  });
  await recordArticleActivity(claim.articleId);
  return claim;
}
