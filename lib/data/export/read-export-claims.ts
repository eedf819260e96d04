import "server-only";

import { getPgPool } from "@/lib/db/pg-pool";
import type { Actor } from "@/lib/policies/actor";
import { canExport, hasRole } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";
import type { ExportQuery } from "@/lib/validation/export";
import type { ExportClaimRow } from "./export-claim-row";

export const EXPORT_BATCH_SIZE = 1_000;

type Filters = Pick<ExportQuery, "articleId" | "verdict" | "status" | "author" | "from" | "to">;

/** Who exports, and what they want beyond the columns: decides which reviews the rows carry. */
type Reader = { actorId: string; isEditor: boolean; withComments: boolean };

type Cursor = { articleId: string; start: number; id: string };

function whereClause(query: Filters, params: unknown[], after: Cursor | null = null): string {
  const add = (value: unknown) => `$${params.push(value)}`;
  const conditions = [`c."deletedAt" IS NULL`];
  if (query.articleId?.length) conditions.push(`c."articleId" = ANY(${add(query.articleId)}::uuid[])`);
  if (query.verdict === "none") conditions.push(`c."verdict" IS NULL`);
  else if (query.verdict) conditions.push(`c."verdict"::text = ${add(query.verdict)}`);
  if (query.status) conditions.push(`c."status"::text = ${add(query.status)}`);
  if (query.author) conditions.push(`c."createdById" = ${add(query.author)}::uuid`);
  if (query.from) conditions.push(`c."createdAt" >= ${add(query.from)}`);
  if (query.to) conditions.push(`c."createdAt" <= ${add(query.to)}`);
  if (after) conditions.push(`(c."articleId", c."start", c."id") > (${add(after.articleId)}::uuid, ${add(after.start)}, ${add(after.id)}::uuid)`);
  return conditions.join(" AND ");
}

/** Timestamps leave Postgres as ISO 8601 UTC text: no Date objects to build and format again per row. */
const isoText = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Whether the reader may see claim c's reviews: lib/policies canSeeReviews, in SQL (an editor, an
 * open policy, a final verdict, or the reader's own review). Both are checked by
 * test/blind-review.db.test.ts, which walks every export as a reviewer who has not reviewed.
 */
function reviewsVisibleSql(reader: Reader, params: unknown[]): string {
  const add = (value: unknown) => `$${params.push(value)}`;
  return `(${add(reader.isEditor)}::boolean OR a."reviewPolicy" = 'open' OR c."verdict" IS NOT NULL
           OR EXISTS (SELECT 1 FROM "Review" own WHERE own."claimId" = c."id" AND own."reviewerId" = ${add(reader.actorId)}::uuid))`;
}

const COMMENTS_SQL = `COALESCE((SELECT json_agg(json_build_object('id', k."id", 'authorId', k."authorId", 'author', ku."name", 'body', k."body",
                                     'createdAt', ${isoText('k."createdAt"')},
                                     'mentions', COALESCE((SELECT json_agg(json_build_object('id', mu."id", 'name', mu."name"))
                                                           FROM "CommentMention" m JOIN "User" mu ON mu."id" = m."userId" WHERE m."commentId" = k."id"), '[]'::json))
                                     ORDER BY k."createdAt", k."id")
                      FROM "Comment" k JOIN "User" ku ON ku."id" = k."authorId" WHERE k."claimId" = c."id" AND k."deletedAt" IS NULL), '[]'::json) AS "comments",`;

function exportSql(query: Filters, reader: Reader, params: unknown[], after: Cursor | null = null): string {
  const visible = reviewsVisibleSql(reader, params);
  return `SELECT c."id"::text AS "id", c."articleId"::text AS "articleId", a."title" AS "articleTitle", a."sourceUrl" AS "articleUrl",
            a."version" AS "articleVersion", c."exact", c."prefix", c."suffix", c."start", c."end", c."anchoredVersion",
            c."claimant", c."summary", c."status"::text AS "status", c."verdict"::text AS "verdict", c."rationale", c."tags",
            u."name" AS "createdBy", u."id"::text AS "createdById", ${isoText('c."createdAt"')} AS "createdAt",
            ${isoText('c."updatedAt"')} AS "updatedAt", c."orphan",
            ${isoText('c."recheckSince"')} AS "recheckSince", c."recheckPreviousExact",
            COALESCE((SELECT json_agg(json_build_object('url', s."url", 'title', s."title", 'publisher', s."publisher",
                                                        'stance', s."stance", 'excerpt', s."excerpt") ORDER BY s."createdAt", s."id")
                      FROM "Source" s WHERE s."claimId" = c."id" AND s."deletedAt" IS NULL), '[]'::json) AS "sources",
            ${reader.withComments ? COMMENTS_SQL : ""}
            COALESCE((SELECT json_agg(json_build_object('reviewerId', ru."id", 'reviewer', ru."name", 'rating', r."rating", 'rationale', r."rationale",
                                                        'madeBlind', r."madeBlind", 'createdAt', ${isoText('r."createdAt"')}) ORDER BY r."createdAt", r."id")
                      FROM "Review" r JOIN "User" ru ON ru."id" = r."reviewerId" WHERE r."claimId" = c."id" AND ${visible}), '[]'::json) AS "reviews",
            (SELECT count(*)::int FROM "Review" r WHERE r."claimId" = c."id" AND NOT ${visible}) AS "hiddenReviews"
     FROM "Claim" c
     JOIN "Article" a ON a."id" = c."articleId"
     JOIN "User" u ON u."id" = c."createdById"
     WHERE ${whereClause(query, params, after)}
     ORDER BY c."articleId", c."start", c."id"`;
}

async function readBatch(query: Filters, reader: Reader, after: Cursor | null, limit: number): Promise<ExportClaimRow[]> {
  const params: unknown[] = [];
  const { rows } = await getPgPool().query<ExportClaimRow>(`${exportSql(query, reader, params, after)} LIMIT ${Number(limit)}`, params);
  return rows;
}

/**
 * Streams the claims an export asks for, a batch at a time, by keyset pagination over the index
 * on (article, position, id), straight from `pg` (Prisma's per-value conversion made 100,000 rows
 * several times slower than COPY). The next batch is read on another connection while the current
 * one is written out, so the database and the CSV encoding work at the same time; memory stays
 * flat however many claims there are. Deleted claims are never exported. The batches are separate
 * reads, not one snapshot: a claim re-anchored in the middle of a long export can be missed or
 * appear twice (a server-side cursor keeps one snapshot but measured three times slower).
 */
export async function* readExportClaims({
  actor,
  query,
  batchSize = EXPORT_BATCH_SIZE,
  withComments = false,
}: {
  actor: Actor;
  query: Filters;
  batchSize?: number;
  withComments?: boolean;
}): AsyncGenerator<ExportClaimRow[]> {
  if (!canExport(actor)) throw new ForbiddenError();
  const reader: Reader = { actorId: actor.id, isEditor: hasRole(actor, "editor"), withComments };
  let pending: Promise<ExportClaimRow[]> | null = readBatch(query, reader, null, batchSize);
  try {
    while (pending) {
      const rows: ExportClaimRow[] = await pending;
      const last = rows[rows.length - 1];
      pending = rows.length === batchSize && last ? readBatch(query, reader, { articleId: last.articleId, start: last.start, id: last.id }, batchSize) : null;
      if (rows.length) yield rows;
    }
  } finally {
    // An abandoned download: let the read in flight finish quietly.
    pending?.catch(() => {});
  }
}
