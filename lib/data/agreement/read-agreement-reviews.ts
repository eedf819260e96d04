import "server-only";

import type { AgreementReview } from "@/lib/agreement/review-agreement";
import type { Verdict as DbVerdict } from "@/lib/db/generated/enums";
import type { Tx } from "../transaction";
import { verdictFromDb } from "../claims/enum-mapping";

export type AgreementRow = AgreementReview & { policy: "open" | "blind"; hasVerdict: boolean };

/** The reviews of live claims (of one article, or all), with what decides who may see them. */
export async function readAgreementReviews(tx: Tx, articleId?: string): Promise<AgreementRow[]> {
  const rows = await tx.review.findMany({
    where: { claim: { deletedAt: null, ...(articleId ? { articleId } : {}) } },
    orderBy: [{ claimId: "asc" }, { createdAt: "asc" }],
    select: {
      claimId: true,
      rating: true,
      madeBlind: true,
      reviewer: { select: { id: true, name: true } },
      claim: { select: { verdict: true, article: { select: { reviewPolicy: true } } } },
    },
  });
  return rows.map((row) => ({
    claimId: row.claimId,
    reviewer: row.reviewer,
    rating: verdictFromDb(row.rating as DbVerdict),
    madeBlind: row.madeBlind,
    policy: row.claim.article.reviewPolicy,
    hasVerdict: row.claim.verdict !== null,
  }));
}
