import "server-only";

import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canRecordReview } from "@/lib/policies/permissions";
import type { ReviewView } from "@/lib/views/review";
import { recordArticleActivity } from "../articles/lock-article";
import { appendEvent } from "../events/append-event";
import { presentReview, REVIEW_SELECT } from "./present-review";
import { readReviewAccess } from "./review-access";

/** Withdraws the actor's own review of a claim, answering it as it was. 404 when they have none. */
export async function withdrawReview({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ReviewView> {
  if (!canRecordReview(actor)) throw new ForbiddenError("Viewers cannot review claims.");
  const { review, articleId } = await getDb().$transaction(async (tx) => {
    const access = await readReviewAccess(tx, actor, claimId);
    const where = { claimId_reviewerId: { claimId, reviewerId: actor.id } };
    const row = await tx.review.findUnique({ where, select: REVIEW_SELECT });
    if (!row) throw new NotFoundError("Review");
    await tx.review.delete({ where, select: { id: true } });
    await appendEvent(tx, { articleId: access.articleId, actorId: actor.id, type: "review.withdrawn", payload: { claimId, reviewer: row.reviewer } });
    return { review: presentReview(row), articleId: access.articleId };
  });
  await recordArticleActivity(articleId);
  return review;
}
