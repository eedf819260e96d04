import "server-only";

import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { hasMarks, newHighlightMarks, segmentsOf, type HighlightMarks } from "@/lib/format/search-highlight";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles } from "@/lib/policies/permissions";
import { encodeSearchCursor, type SearchQuery } from "@/lib/validation/search";
import type { SearchAnswer, SearchField, SearchHighlight } from "@/lib/views/search";
import { CLAIM_SELECT, presentClaim } from "../claims/present-claim";
import { searchPageSql, type SearchRow } from "./search-sql";

const CLAIM_FIELDS = ["quote", "summary", "claimant", "tags", "rationale"] as const satisfies readonly SearchField[];

/** The fields of a row that hold a match, in the order a result shows them. */
function highlightsOf(row: SearchRow, marks: HighlightMarks): SearchHighlight[] {
  const highlights: SearchHighlight[] = [];
  for (const field of CLAIM_FIELDS) {
    const headline = row[field];
    if (hasMarks(headline, marks)) highlights.push({ field, segments: segmentsOf(headline, marks) });
  }
  for (const source of row.sources) {
    if (hasMarks(source.title, marks)) highlights.push({ field: "sourceTitle", sourceId: source.id, segments: segmentsOf(source.title, marks) });
    if (hasMarks(source.excerpt, marks)) highlights.push({ field: "sourceExcerpt", sourceId: source.id, segments: segmentsOf(source.excerpt, marks) });
  }
  return highlights;
}

/**
 * Live claims across all articles that match the query, best first, a page at a time, each with
 * its article and the passages where it matched. Claims carry what every claim view carries and
 * nothing of their reviews (which a blind policy may hide from the actor): the search document
 * holds no review either, so what it finds cannot reveal one.
 */
export async function searchClaims({ actor, query }: { actor: Actor; query: SearchQuery }): Promise<SearchAnswer> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const db = getDb();
  const marks = newHighlightMarks();
  const rows = await db.$queryRaw<SearchRow[]>(searchPageSql(query, marks));
  const page = rows.slice(0, query.limit);
  const claims = await db.claim.findMany({
    where: { id: { in: page.map((row) => row.id) }, deletedAt: null },
    select: { ...CLAIM_SELECT, article: { select: { id: true, title: true } } },
  });
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  // A claim deleted between the two reads is left out.
  const results = page.flatMap((row) => {
    const found = byId.get(row.id);
    if (!found) return [];
    const { article, ...claim } = found;
    return [{ claim: presentClaim(claim), article, highlights: highlightsOf(row, marks) }];
  });
  const last = page.at(-1);
  return { results, ...(rows.length > query.limit && last ? { next: encodeSearchCursor({ rank: last.rank, id: last.id }) } : {}) };
}
