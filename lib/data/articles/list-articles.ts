import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";
import type { ArticleSummaryView } from "@/lib/views/article";


/** Articles, most recently active first, with their count of live (not deleted) claims. */
export async function listArticles({ actor }: { actor: Actor }): Promise<ArticleSummaryView[]> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const rows = await getDb().article.findMany({
    orderBy: { lastActivityAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      byline: true,
      lastActivityAt: true,
      _count: { select: { claims: { where: { deletedAt: null } } } },
    },
  });
  return rows.map(({ _count, lastActivityAt, ...row }) => ({
    ...row,
    claimCount: _count.claims,
    lastActivityAt: lastActivityAt.toISOString(),
  }));
}
