import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";
import type { Verdict } from "@/lib/validation/verdicts";
import { verdictFromDb } from "./enum-mapping";

/** What the article view needs to draw one claim's highlight, before the claims themselves load. */
export type ClaimHighlightView = { id: string; start: number; end: number; verdict: Verdict | null };

/**
 * The highlights of an article's live, anchored claims, in text order. The review page renders
 * them with the article, so the text and its highlights are drawn in one pass while the full
 * claims (1.2 MB of JSON for 2,000 claims) still load for the sidebar. An unknown article has none.
 */
export async function listHighlightsForArticle({ actor, articleId }: { actor: Actor; articleId: string }): Promise<ClaimHighlightView[]> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const rows = await getDb().claim.findMany({
    where: { articleId, deletedAt: null, orphan: false },
    orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
    select: { id: true, start: true, end: true, verdict: true },
  });
  return rows.map((row) => ({ ...row, verdict: row.verdict ? verdictFromDb(row.verdict) : null }));
}
