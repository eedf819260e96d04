import "server-only";

import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles } from "@/lib/policies/permissions";
import type { ReviewListAnswer } from "@/lib/views/review";
import { presentReview, REVIEW_SELECT } from "./present-review";
import { readReviewAccess } from "./review-access";

/**
 * A claim's reviews as this actor may see them: all of them, or (blind, before their own) none of
 * the others' but how many there are. Their own review is always theirs to see.
 */
export async function listReviews({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ReviewListAnswer> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  return getDb().$transaction(async (tx) => {
    const access = await readReviewAccess(tx, actor, claimId);
    const rows = await tx.review.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: REVIEW_SELECT });
    const visible = access.canSee ? rows : rows.filter((row) => row.reviewer.id === actor.id);
    return { reviews: visible.map(presentReview), hidden: rows.length - visible.length };
  });
}
