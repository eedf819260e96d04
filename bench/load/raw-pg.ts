/**
 * The ceiling beside the app: the transaction create-claim makes (lock, read the article's
 * version and text, insert the claim, append its event under the article's event lock, notify,
 * commit, then the throttled activity time), sent straight through `pg` by as many clients, over a
 * pool as large as the app's. No HTTP, no ORM, no JSON of a response.
 */
import pg from "pg";
import type { CallRecord } from "@/test/load/timed-api";
import { sentenceSelectors, type Cast } from "./reviewers";

const EVENT_ORDER_LOCK = 0x436c_4576; // as lib/data/events/append-event.ts

export async function createClaimsThroughPg(options: { databaseUrl: string; cast: Cast; clients: number; poolSize: number; durationMs: number; records: CallRecord[]; articleOf: (client: number) => number }): Promise<void> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize });
  const deadline = Date.now() + options.durationMs;
  try {
    await Promise.all(
      Array.from({ length: options.clients }, async (_, n) => {
        const article = options.cast.articles[options.articleOf(n)]!;
        const reviewer = options.cast.reviewers[n % options.cast.reviewers.length]!;
        const selectors = sentenceSelectors(article.text);
        for (let step = 0; Date.now() < deadline; step += 1) {
          const selector = selectors[(n + step) % selectors.length]!;
          const started = performance.now();
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            await client.query("SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))", [article.id]);
            await client.query(`SELECT "version", "title", "text" FROM "Article" WHERE "id" = $1`, [article.id]);
            const claim = await client.query(
              `INSERT INTO "Claim" ("id", "articleId", "exact", "start", "end", "anchoredVersion", "createdById", "updatedAt")
               VALUES (gen_random_uuid(), $1, $2, $3, $4, 1, $5, now()) RETURNING *`,
              [article.id, selector.exact, selector.start, selector.end, reviewer.id],
            );
            await client.query("SELECT pg_advisory_xact_lock($1::int4, hashtext($2))", [EVENT_ORDER_LOCK, article.id]);
            const event = await client.query(
              `INSERT INTO "Event" ("articleId", "claimId", "actorId", "type", "payload") VALUES ($1, $2, $3, 'claim.created', $4::jsonb) RETURNING "id"`,
              [article.id, claim.rows[0].id, reviewer.id, JSON.stringify({ claim: claim.rows[0] })],
            );
            await client.query("SELECT pg_notify('claimdesk_bench_raw', $1)", [String(event.rows[0].id)]);
            await client.query("COMMIT");
            await client.query(`UPDATE "Article" SET "lastActivityAt" = now() WHERE "id" = $1 AND "lastActivityAt" < now() - interval '5 seconds'`, [article.id]);
            options.records.push({ route: "pg: claim + event transaction", status: 201, ms: performance.now() - started });
          } catch (error) {
            await client.query("ROLLBACK").catch(() => {});
            options.records.push({ route: "pg: claim + event transaction", status: 500, ms: performance.now() - started });
            console.warn("raw pg transaction failed:", (error as Error).message);
          } finally {
            client.release();
          }
        }
      }),
    );
  } finally {
    await pool.end();
  }
}
