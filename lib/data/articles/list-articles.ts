import "server-only";

import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";
import { CLAIM_STATUSES, VERDICTS } from "@/lib/validation/verdicts";
import type { ArticleProgressView, ArticleSummaryView } from "@/lib/views/article";
import { statusFromDb, verdictFromDb } from "../claims/enum-mapping";

/** LIKE's wildcards (and its escape) as plain characters: Prisma's `contains` passes them through. */
const literalLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

const noProgress = (): ArticleProgressView => ({
  byStatus: Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as ArticleProgressView["byStatus"],
  byVerdict: Object.fromEntries([...VERDICTS, "none"].map((verdict) => [verdict, 0])) as ArticleProgressView["byVerdict"],
});

/**
 * Articles, most recently active first (whose title contains `titleQuery`, in any case, when given),
 * each with its live (not deleted) claims counted by status and by verdict: counted in one grouped
 * query for all the listed articles, not one per article.
 */
export async function listArticles({ actor, titleQuery }: { actor: Actor; titleQuery?: string }): Promise<ArticleSummaryView[]> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const db = getDb();
  const where: Prisma.ArticleWhereInput = titleQuery ? { title: { contains: literalLike(titleQuery), mode: "insensitive" } } : {};
  const [rows, groups] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
      select: { id: true, slug: true, title: true, publisher: true, byline: true, lastActivityAt: true },
    }),
    db.claim.groupBy({ by: ["articleId", "status", "verdict"], where: { deletedAt: null, ...(titleQuery ? { article: where } : {}) }, _count: { _all: true } }),
  ]);
  const progress = new Map<string, ArticleProgressView>();
  for (const group of groups) {
    const counts = progress.get(group.articleId) ?? noProgress();
    counts.byStatus[statusFromDb(group.status)] += group._count._all;
    counts.byVerdict[group.verdict ? verdictFromDb(group.verdict) : "none"] += group._count._all;
    progress.set(group.articleId, counts);
  }
  return rows.map(({ lastActivityAt, ...row }) => {
    const counts = progress.get(row.id) ?? noProgress();
    const claimCount = Object.values(counts.byStatus).reduce((sum, count) => sum + count, 0);
    return { ...row, claimCount, progress: counts, lastActivityAt: lastActivityAt.toISOString() };
  });
}
