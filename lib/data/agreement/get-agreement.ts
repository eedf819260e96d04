import "server-only";

import { agreementOf, pairAgreements } from "@/lib/agreement/review-agreement";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles, canSeeReviews, canSeeWorkspaceAgreement } from "@/lib/policies/permissions";
import type { AgreementView, WorkspaceAgreementView } from "@/lib/views/agreement";
import { readAgreementReviews } from "./read-agreement-reviews";

/**
 * An article's agreement figures. The figures are aggregates, readable by all; the list of claims
 * where reviewers disagree names only claims whose reviews the actor may see (a blind policy).
 */
export async function getArticleAgreement({ actor, articleId }: { actor: Actor; articleId: string }): Promise<AgreementView> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) throw new NotFoundError("Article");
    const rows = await readAgreementReviews(tx, articleId);
    const figures = agreementOf(rows);
    const visible = (claimId: string) => {
      const reviews = rows.filter((row) => row.claimId === claimId);
      const facts = { policy: reviews[0]!.policy, hasVerdict: reviews[0]!.hasVerdict, hasOwnReview: reviews.some((row) => row.reviewer.id === actor.id) };
      return canSeeReviews(actor, facts);
    };
    return { ...figures, disagreements: figures.disagreements.filter(visible) };
  });
}

/** The whole workspace's figures and each pair of reviewers': editors only (they see every review). */
export async function getWorkspaceAgreement({ actor }: { actor: Actor }): Promise<WorkspaceAgreementView> {
  if (!canSeeWorkspaceAgreement(actor)) throw new ForbiddenError("Only editors see the workspace's agreement.");
  const rows = await getDb().$transaction((tx) => readAgreementReviews(tx));
  const { disagreements: _, ...overall } = agreementOf(rows);
  return { overall, pairs: pairAgreements(rows) };
}
