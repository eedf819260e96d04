import "server-only";

import { getPgPool } from "@/lib/db/pg-pool";
import type { Actor } from "@/lib/policies/actor";
import { canExport } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";
import type { ExportQuery } from "@/lib/validation/export";
import type { ExportClaimRow } from "./export-claim-row";

export const EXPORT_BATCH_SIZE = 1_000;

type Filters = Pick<ExportQuery, "articleId" | "verdict" | "status" | "author" | "from" | "to">;

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

function exportSql(query: Filters, params: unknown[], after: Cursor | null = null): string {
  return `SELECT c."id"::text AS "id", c."articleId"::text AS "articleId", a."title" AS "articleTitle", a."sourceUrl" AS "articleUrl",
            a."version" AS "articleVersion", c."exact", c."prefix", c."suffix", c."start", c."end", c."anchoredVersion",
            c."claimant", c."summary", c."status"::text AS "status", c."verdict"::text AS "verdict", c."rationale", c."tags",
            u."name" AS "createdBy", u."id"::text AS "createdById", ${isoText('c."createdAt"')} AS "createdAt",
            ${isoText('c."updatedAt"')} AS "updatedAt", c."orphan",
            COALESCE((SELECT json_agg(json_build_object('url', s."url", 'title', s."title", 'publisher', s."publisher",
                                                        'stance', s."stance", 'excerpt', s."excerpt") ORDER BY s."createdAt", s."id")
                      FROM "Source" s WHERE s."claimId" = c."id"), '[]'::json) AS "sources",
            COALESCE((SELECT json_agg(json_build_object('reviewer', ru."name", 'rating', r."rating") ORDER BY r."createdAt")
                      FROM "Review" r JOIN "User" ru ON ru."id" = r."reviewerId" WHERE r."claimId" = c."id"), '[]'::json) AS "reviews"
     FROM "Claim" c
     JOIN "Article" a ON a."id" = c."articleId"
     JOIN "User" u ON u."id" = c."createdById"
     WHERE ${whereClause(query, params, after)}
     ORDER BY c."articleId", c."start", c."id"`;
}

async function readBatch(query: Filters, after: Cursor | null, limit: number): Promise<ExportClaimRow[]> {
  const params: unknown[] = [];
  const { rows } = await getPgPool().query<ExportClaimRow>(`${exportSql(query, params, after)} LIMIT ${Number(limit)}`, params);
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
}: {
  actor: Actor;
  query: Filters;
  batchSize?: number;
}): AsyncGenerator<ExportClaimRow[]> {
  if (!canExport(actor)) throw new ForbiddenError();
  let pending: Promise<ExportClaimRow[]> | null = readBatch(query, null, batchSize);
  try {
    while (pending) {
      const rows: ExportClaimRow[] = await pending;
      const last = rows[rows.length - 1];
      pending = rows.length === batchSize && last ? readBatch(query, { articleId: last.articleId, start: last.start, id: last.id }, batchSize) : null;
      if (rows.length) yield rows;
    }
  } finally {
    // An abandoned download: let the read in flight finish quietly.
    pending?.catch(() => {});
  }
}
