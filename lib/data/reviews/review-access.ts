import "server-only";

import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canSeeReviews } from "@/lib/policies/permissions";
import type { ReviewPolicy } from "@/lib/validation/reviews";
import type { Tx } from "../transaction";

export type ReviewAccess = {
  articleId: string;
  policy: ReviewPolicy;
  claimAuthorId: string;
  hasVerdict: boolean;
  hasOwnReview: boolean;
  /** Whether the actor may see the others' reviews of this claim (lib/policies canSeeReviews). */
  canSee: boolean;
};

/** What decides who sees a live claim's reviews: its article's policy, its verdict, the actor's own review. */
export async function readReviewAccess(tx: Tx, actor: Actor, claimId: string): Promise<ReviewAccess> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: {
      articleId: true,
      createdById: true,
      deletedAt: true,
      verdict: true,
      article: { select: { reviewPolicy: true } },
      reviews: { where: { reviewerId: actor.id }, select: { id: true } },
    },
  });
  if (!claim || claim.deletedAt) throw new NotFoundError("Claim");
  const facts = { policy: claim.article.reviewPolicy, hasVerdict: claim.verdict !== null, hasOwnReview: claim.reviews.length > 0 };
  return { articleId: claim.articleId, claimAuthorId: claim.createdById, ...facts, canSee: canSeeReviews(actor, facts) };
}
