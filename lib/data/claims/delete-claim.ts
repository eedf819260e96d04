import "server-only";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canDeleteClaim, canRestoreClaim } from "@/lib/policies/permissions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { ClaimView } from "@/lib/views/claim";
import { recordArticleActivity } from "../articles/lock-article";
import { appendEvent } from "../events/append-event";
import type { Tx } from "../transaction";
import { CLAIM_SELECT, presentClaim } from "./present-claim";

const stale = (current: ClaimView) => new ConflictError("Someone else changed this claim after you opened it.", { current });

/**
 * Sets or clears deletedAt, bumping the version, in one UPDATE that also checks the claim is in the
 * expected state (and, when given, at the expected version): of two racing calls, one wins.
 */
async function setDeleted(tx: Tx, claimId: string, isDeleted: boolean, version: number | undefined): Promise<ClaimView | null> {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, deletedAt: isDeleted ? null : { not: null }, ...(version !== undefined ? { version } : {}) },
    data: { deletedAt: isDeleted ? new Date() : null, version: { increment: 1 } },
  });
  if (count === 0) return null;
  return presentClaim(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: CLAIM_SELECT }));
}

/**
 * Soft delete: the claim and its sources stay in the database, and an editor can restore them.
 * With `version`, only if nobody changed the claim since (else 409 with the current claim).
 */
export async function deleteClaim({ actor, claimId, version }: { actor: Actor; claimId: string; version?: number }): Promise<ClaimView> {
  const claim = await getDb().$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id: claimId }, select: { ...CLAIM_SELECT, createdById: true } });
    if (!current || current.deletedAt) throw new NotFoundError("Claim");
    if (!canDeleteClaim(actor, current)) throw new ForbiddenError("You can delete only the claims you created.");
    if (version !== undefined && current.version !== version) throw stale(presentClaim(current));
    const claim = await setDeleted(tx, claimId, true, version);
    if (!claim) {
      const now = await tx.claim.findUnique({ where: { id: claimId }, select: CLAIM_SELECT });
      throw now && !now.deletedAt ? stale(presentClaim(now)) : new NotFoundError("Claim");
    }
    await appendEvent(tx, { articleId: current.articleId, actorId: actor.id, type: "claim.deleted", payload: { claim } });
    return claim;
  });
  await recordArticleActivity(claim.articleId);
  return claim;
}

/** Undoes a soft delete (its author, or an editor). With `version`, only from the deleted version seen. */
export async function restoreClaim({ actor, claimId, version }: { actor: Actor; claimId: string; version?: number }): Promise<ClaimView> {
  const claim = await getDb().$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id: claimId }, select: { ...CLAIM_SELECT, createdById: true } });
    if (!current) throw new NotFoundError("Claim");
    if (!canRestoreClaim(actor, current)) throw new ForbiddenError("You can restore only the claims you created.");
    if (!current.deletedAt) throw new ConflictError("This claim is not deleted.", { current: presentClaim(current) });
    if (version !== undefined && current.version !== version) throw stale(presentClaim(current));
    const claim = await setDeleted(tx, claimId, false, version);
    if (!claim) {
      const now = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: CLAIM_SELECT });
      throw now.deletedAt ? stale(presentClaim(now)) : new ConflictError("This claim is not deleted.", { current: presentClaim(now) });
    }
    await appendEvent(tx, { articleId: current.articleId, actorId: actor.id, type: "claim.restored", payload: { claim } });
    return claim;
  });
  await recordArticleActivity(claim.articleId);
  return claim;
}
