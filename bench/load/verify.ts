/**
 * After the load: every acknowledged write is in the database, once, and has its event in the log
 * (the live stream's source). Read straight from the tables, not through the app.
 */
import pg from "pg";
import type { Ledger } from "./workload";

export type Verification = { checked: Record<string, number>; missing: string[] };

async function idsPresent(client: pg.Client, sql: string, ids: string[]): Promise<Set<string>> {
  const { rows } = await client.query<{ id: string }>(sql, [ids]);
  return new Set(rows.map((row) => row.id));
}

function compare(kind: string, expected: Iterable<string>, found: Set<string>, missing: string[]): number {
  let count = 0;
  for (const id of expected) {
    count += 1;
    if (!found.has(id)) missing.push(`${kind} ${id}`);
  }
  return count;
}

export async function verifyLedger(databaseUrl: string, ledger: Ledger): Promise<Verification> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const missing: string[] = [];
  const checked: Record<string, number> = {};
  try {
    const claims = [...ledger.claims];
    const sources = [...ledger.sources];
    const comments = [...ledger.comments];
    checked.claims = compare("claim", claims, await idsPresent(client, `SELECT "id"::text FROM "Claim" WHERE "id" = ANY($1::uuid[]) AND "deletedAt" IS NULL`, claims), missing);
    compare("claim.created event of claim", claims, await idsPresent(client, `SELECT "claimId"::text AS id FROM "Event" WHERE "type" = 'claim.created' AND "claimId" = ANY($1::uuid[])`, claims), missing);
    checked.sources = compare("source", sources, await idsPresent(client, `SELECT "id"::text FROM "Source" WHERE "id" = ANY($1::uuid[])`, sources), missing);
    compare("source.created event of source", sources, await idsPresent(client, `SELECT "payload"->'source'->>'id' AS id FROM "Event" WHERE "type" = 'source.created' AND "payload"->'source'->>'id' = ANY($1::text[])`, sources), missing);
    checked.comments = compare("comment", comments, await idsPresent(client, `SELECT "id"::text FROM "Comment" WHERE "id" = ANY($1::uuid[])`, comments), missing);
    compare("comment.created event of comment", comments, await idsPresent(client, `SELECT "payload"->'comment'->>'id' AS id FROM "Event" WHERE "type" = 'comment.created' AND "payload"->'comment'->>'id' = ANY($1::text[])`, comments), missing);
    // Reviews: one row per claim and reviewer, one review.recorded event per acknowledged PUT.
    const keys = [...ledger.reviews.keys()];
    const reviewRows = await client.query<{ key: string }>(
      `SELECT "claimId"::text || ' ' || "reviewerId"::text AS key FROM "Review" WHERE ("claimId"::text || ' ' || "reviewerId"::text) = ANY($1::text[])`,
      [keys],
    );
    checked.reviewers = compare("review", keys, new Set(reviewRows.rows.map((row) => row.key)), missing);
    const events = await client.query<{ key: string; count: string }>(
      `SELECT "claimId"::text || ' ' || ("payload"->'reviewer'->>'id') AS key, count(*) AS count FROM "Event"
       WHERE "type" = 'review.recorded' AND ("claimId"::text || ' ' || ("payload"->'reviewer'->>'id')) = ANY($1::text[]) GROUP BY 1`,
      [keys],
    );
    const eventCounts = new Map(events.rows.map((row) => [row.key, Number(row.count)]));
    checked.reviews = 0;
    for (const [key, puts] of ledger.reviews) {
      checked.reviews += puts;
      if ((eventCounts.get(key) ?? 0) !== puts) missing.push(`review.recorded events of ${key}: ${eventCounts.get(key) ?? 0}, acknowledged ${puts}`);
    }
    // Nothing twice: ids are unique by construction, but an event log with a repeat would show here.
    const repeats = await client.query(`SELECT "claimId" FROM "Event" WHERE "type" = 'claim.created' AND "claimId" = ANY($1::uuid[]) GROUP BY 1 HAVING count(*) > 1`, [claims]);
    for (const row of repeats.rows) missing.push(`claim.created logged more than once for ${row.claimId}`);
  } finally {
    await client.end();
  }
  return { checked, missing };
}
