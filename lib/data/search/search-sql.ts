/**
 * The SQL of a search: which live claims match (the GIN index on "Claim"."searchVector"; see the
 * migration claim_search for what that document holds and why), in what order, and the marked
 * passages of each field of one page. Every value is a bound parameter.
 */
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { anyOfWords, headlineOptions, WHOLE_TEXT_LIMIT, type HighlightMarks } from "@/lib/format/search-highlight";
import type { SearchQuery } from "@/lib/validation/search";

const SIMPLE = Prisma.sql`'pg_catalog.simple'::regconfig`;
const ENGLISH = Prisma.sql`'pg_catalog.english'::regconfig`;

/** The query as written, or with English stems: a claim matches either way. */
const matchesSql = (q: string) => Prisma.sql`(websearch_to_tsquery(${SIMPLE}, ${q}) || websearch_to_tsquery(${ENGLISH}, ${q}))`;

function filtersSql(query: SearchQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`c."deletedAt" IS NULL`, Prisma.sql`c."searchVector" @@ ${matchesSql(query.q)}`];
  if (query.verdict === "none") conditions.push(Prisma.sql`c."verdict" IS NULL`);
  else if (query.verdict) conditions.push(Prisma.sql`c."verdict"::text = ${query.verdict}`);
  if (query.status) conditions.push(Prisma.sql`c."status"::text = ${query.status}`);
  if (query.article) conditions.push(Prisma.sql`c."articleId" = ${query.article}::uuid`);
  if (query.author) conditions.push(Prisma.sql`c."createdById" = ${query.author}::uuid`);
  if (query.assignee === "none") conditions.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (query.assignee) conditions.push(Prisma.sql`c."assigneeId" = ${query.assignee}::uuid`);
  return Prisma.join(conditions, " AND ");
}

/**
 * A field with the query's words marked (whole, or its passages around them when long): as written
 * (`simple`) or by English stem, whichever marks more ("vaccine" matches "vaccines" only by stem).
 */
function headlineSql(field: Prisma.Sql, marks: HighlightMarks): Prisma.Sql {
  const { whole, passages } = headlineOptions(marks);
  const options = Prisma.sql`CASE WHEN length(${field}) <= ${WHOLE_TEXT_LIMIT} THEN ${whole} ELSE ${passages} END`;
  const count = (column: Prisma.Sql) => Prisma.sql`(length(${column}) - length(replace(${column}, ${marks.start}, '')))`;
  return Prisma.sql`(SELECT CASE WHEN ${count(Prisma.sql`h.e`)} > ${count(Prisma.sql`h.s`)} THEN h.e ELSE h.s END
    FROM (SELECT ts_headline(${SIMPLE}, ${field}, words.simple, ${options}) AS s, ts_headline(${ENGLISH}, ${field}, words.english, ${options}) AS e) h)`;
}

export type SearchRow = {
  id: string;
  rank: number;
  quote: string | null;
  summary: string | null;
  claimant: string | null;
  tags: string | null;
  rationale: string | null;
  sources: { id: string; title: string | null; excerpt: string | null }[];
};

/**
 * One page of matches, best first (rank, then id: a stable order to page through), `limit + 1` rows
 * so the caller can tell whether another page follows. Rank is ts_rank over the weighted document
 * with length normalisation 1, so a long rationale that repeats a word does not outrank a quote.
 */
export function searchPageSql(query: SearchQuery, marks: HighlightMarks): Prisma.Sql {
  const after = query.cursor
    ? Prisma.sql`WHERE m.rank < ${query.cursor.rank}::float8 OR (m.rank = ${query.cursor.rank}::float8 AND m."id" > ${query.cursor.id}::uuid)`
    : Prisma.empty;
  const words = anyOfWords(query.q);
  return Prisma.sql`
    WITH page AS (
      SELECT m."id", m.rank FROM (
        SELECT c."id", ts_rank(c."searchVector", ${matchesSql(query.q)}, 1)::float8 AS rank FROM "Claim" c WHERE ${filtersSql(query)}
      ) m ${after}
      ORDER BY m.rank DESC, m."id" LIMIT ${query.limit + 1}
    ), words AS (
      SELECT websearch_to_tsquery(${SIMPLE}, ${words}) AS simple, websearch_to_tsquery(${ENGLISH}, ${words}) AS english
    )
    SELECT p."id"::text AS "id", p.rank,
           ${headlineSql(Prisma.sql`c."exact"`, marks)} AS "quote",
           ${headlineSql(Prisma.sql`c."summary"`, marks)} AS "summary",
           ${headlineSql(Prisma.sql`c."claimant"`, marks)} AS "claimant",
           ${headlineSql(Prisma.sql`array_to_string(c."tags", ', ')`, marks)} AS "tags",
           ${headlineSql(Prisma.sql`c."rationale"`, marks)} AS "rationale",
           COALESCE((SELECT json_agg(json_build_object('id', s."id", 'title', ${headlineSql(Prisma.sql`s."title"`, marks)},
                                                       'excerpt', ${headlineSql(Prisma.sql`s."excerpt"`, marks)}) ORDER BY s."createdAt", s."id")
                     FROM "Source" s WHERE s."claimId" = c."id" AND s."deletedAt" IS NULL), '[]'::json) AS "sources"
    FROM page p JOIN "Claim" c ON c."id" = p."id" CROSS JOIN words
    ORDER BY p.rank DESC, p."id"`;
}
