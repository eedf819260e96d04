import "server-only";

import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canSetReviewPolicy } from "@/lib/policies/permissions";
import type { ReviewPolicy } from "@/lib/validation/reviews";
import type { ArticleView } from "@/lib/views/article";
import { appendEvent } from "../events/append-event";
import { recordArticleActivity } from "./lock-article";
import { ARTICLE_SELECT, presentArticle } from "./present-article";

/**
 * Sets who sees whose reviews of an article's claims (editors only). Reviews already recorded are
 * shown or hidden by the new policy from then on; each keeps whether it was made blind. Setting
 * the policy it already has writes nothing.
 */
export async function setReviewPolicy({ actor, articleId, policy }: { actor: Actor; articleId: string; policy: ReviewPolicy }): Promise<ArticleView> {
  if (!canSetReviewPolicy(actor)) throw new ForbiddenError("Only editors set the review policy.");
  const article = await getDb().$transaction(async (tx) => {
    // Row-locked, so two editors switching at once leave one event each, in order.
    const rows = await tx.$queryRaw<{ reviewPolicy: ReviewPolicy }[]>`SELECT "reviewPolicy"::text AS "reviewPolicy" FROM "Article" WHERE "id" = ${articleId}::uuid FOR UPDATE`;
    const current = rows[0];
    if (!current) throw new NotFoundError("Article");
    if (current.reviewPolicy !== policy) {
      await tx.article.update({ where: { id: articleId }, data: { reviewPolicy: policy }, select: { id: true } });
      await appendEvent(tx, { articleId, actorId: actor.id, type: "article.policy", payload: { articleId, changes: { reviewPolicy: { from: current.reviewPolicy, to: policy } } } });
    }
    return presentArticle(await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: ARTICLE_SELECT }));
  });
  await recordArticleActivity(articleId);
  return article;
}
