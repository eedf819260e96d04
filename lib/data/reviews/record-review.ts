import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canRecordReview } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";
import type { RecordReview } from "@/lib/validation/reviews";
import type { ReviewView } from "@/lib/views/review";
import { verdictToDb } from "../claims/enum-mapping";
import { recordArticleActivity } from "../articles/lock-article";
import { appendEvent } from "../events/append-event";
import { presentReview, REVIEW_SELECT } from "./present-review";
import { readReviewAccess } from "./review-access";

/**
 * Records (or changes) the actor's own review of a claim: one per claim per reviewer. A review is
 * `madeBlind` when it was recorded under a blind policy without sight of the others': a change made
 * after others' reviews became visible to its author is no longer blind.
 */
export async function recordReview({ actor, claimId, input }: { actor: Actor; claimId: string; input: RecordReview }): Promise<ReviewView> {
  if (!canRecordReview(actor)) throw new ForbiddenError("Viewers cannot review claims.");
  const { review, articleId } = await getDb().$transaction(async (tx) => {
    const access = await readReviewAccess(tx, actor, claimId);
    const existing = await tx.review.findUnique({ where: { claimId_reviewerId: { claimId, reviewerId: actor.id } }, select: { madeBlind: true } });
    const others = existing ? await tx.review.count({ where: { claimId, reviewerId: { not: actor.id } } }) : 0;
    const madeBlind = access.policy === "blind" && (!existing || (existing.madeBlind && others === 0));
    const data = { rating: verdictToDb(input.rating), rationale: input.rationale ?? null, madeBlind };
    const review = await tx.review.upsert({
      where: { claimId_reviewerId: { claimId, reviewerId: actor.id } },
      create: { claimId, reviewerId: actor.id, ...data },
      update: data,
      select: REVIEW_SELECT,
    });
    await appendEvent(tx, { articleId: access.articleId, actorId: actor.id, type: "review.recorded", payload: { claimId, reviewer: review.reviewer } });
    return { review: presentReview(review), articleId: access.articleId };
  });
  await recordArticleActivity(articleId);
  return review;
}
