/**
 * How writers of one article stay out of each other's way. Under load, two reviewers and an
 * editor deadlocked when each transaction locked claims and the article in its own order, and a
 * claim could be anchored on text an editor was replacing at that moment. So:
 *
 * - an article edit takes the article's lock exclusively, then re-anchors its claims;
 * - a write that anchors on the text (a new claim, a re-attached one) takes it shared, then reads
 *   the text: it waits for an edit in progress and reads the new text, or the edit waits for it
 *   and then re-anchors the new claim too. Such writers do not wait for each other;
 * - other writes lock only their own rows;
 * - no transaction updates the article row for bookkeeping: the activity time is noted after the
 *   commit (recordArticleActivity), so no writer ever upgrades a lock it holds on the article.
 *
 * The lock is a transaction-scoped advisory lock keyed by the article, not a row lock: row locks
 * let a stream of shared lockers starve an edit that waits for them (an editor's save waited 4 s
 * behind claim creations in e2e/concurrent-reviewers.spec.ts); the lock manager queues them fairly.
 */
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Tx } from "../transaction";


type ArticleText = { version: number; title: string; text: string };

async function readArticleText(tx: Tx, articleId: string): Promise<ArticleText | null> {
  // A statement of its own, after the lock is held: its snapshot then includes the last edit.
  const rows = await tx.$queryRaw<ArticleText[]>`SELECT "version", "title", "text" FROM "Article" WHERE "id" = ${articleId}::uuid`;
  return rows[0] ?? null;
}

/** For writes that anchor a selector on the article's text. Null when there is no such article. */
export async function lockArticleTextForAnchoring(tx: Tx, articleId: string): Promise<ArticleText | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtextextended(${articleId}, 0))`;
  return readArticleText(tx, articleId);
}

/** For an edit of the article itself: one at a time, and not while a claim is being anchored. */
export async function lockArticleForEdit(tx: Tx, articleId: string): Promise<ArticleText | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${articleId}, 0))`;
  return readArticleText(tx, articleId);
}

/** Activity precision for the articles list ("most recently active first"): one write per article per 5 s at most. */
const ACTIVITY_PRECISION = "5 seconds";

/** Notes that an article was just worked on; call it after the write's transaction has committed. */
export async function recordArticleActivity(articleId: string): Promise<void> {
  await getDb().$executeRaw`
    UPDATE "Article" SET "lastActivityAt" = now()
    WHERE "id" = ${articleId}::uuid AND "lastActivityAt" < now() - ${ACTIVITY_PRECISION}::interval`;
}
