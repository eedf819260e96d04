import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canCreateClaim } from "@/lib/policies/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { RecordReview } from "@/lib/validation/reviews";
import { verdictToDb } from "../claims/enum-mapping";
import { recordArticleActivity } from "../articles/lock-article";
import { appendEvent } from "../events/append-event";
import { presentReview, REVIEW_SELECT } from "./present-review";

/** Records (or replaces) the actor's own review of a claim: one per claim per reviewer. */
export async function recordReview({ actor, claimId, input }: { actor: Actor; claimId: string; input: RecordReview }): Promise<{ id: string }> {
  if (!canCreateClaim(actor)) throw new ForbiddenError("Viewers cannot review claims.");
  const { review, articleId } = await getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true, deletedAt: true } });
    if (!claim || claim.deletedAt) throw new NotFoundError("Claim");
    const data = { rating: verdictToDb(input.rating), rationale: input.rationale ?? null };
    const review = await tx.review.upsert({
      where: { claimId_reviewerId: { claimId, reviewerId: actor.id } },
      create: { claimId, reviewerId: actor.id, ...data },
      update: data,
      select: REVIEW_SELECT,
    });
    await appendEvent(tx, { articleId: claim.articleId, actorId: actor.id, type: "review.recorded", payload: { review: presentReview(review) } });
    return { review, articleId: claim.articleId };
  });
  await recordArticleActivity(articleId);
  return { id: review.id };
}
