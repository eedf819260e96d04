import "server-only";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles } from "@/lib/policies/permissions";

/** Admits an actor to an article's live stream: 403 below viewer, 404 for an unknown article. */
export async function openArticleStream({ actor, articleId }: { actor: Actor; articleId: string }): Promise<{ articleId: string }> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const article = await getDb().article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new NotFoundError("Article");
  return { articleId: article.id };
}
