import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles } from "@/lib/policies/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { ARTICLE_SELECT, presentArticle } from "./present-article";
import type { ArticleView } from "@/lib/views/article";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An article by id or slug. */
export async function getArticle({ actor, idOrSlug }: { actor: Actor; idOrSlug: string }): Promise<ArticleView> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const where = UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug };
  const row = await getDb().article.findUnique({ where, select: ARTICLE_SELECT });
  if (!row) throw new NotFoundError("Article");
  return presentArticle(row);
}
