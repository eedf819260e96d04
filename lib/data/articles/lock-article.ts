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
/** What an edit may change, as it was before the edit. */
type ArticleBeforeEdit = ArticleText & { sourceUrl: string | null; language: string | null };

async function readArticleBeforeEdit(tx: Tx, articleId: string): Promise<ArticleBeforeEdit | null> {
  // A statement of its own, after the lock is held: its snapshot then includes the last edit.
  const rows = await tx.$queryRaw<ArticleBeforeEdit[]>`
    SELECT "version", "title", "text", "sourceUrl", "language" FROM "Article" WHERE "id" = ${articleId}::uuid`;
  return rows[0] ?? null;
}

/**
 * Texts of recently anchored-on articles, by version. Every change of an article's text raises its
 * version (update-article.ts), so a text read at a version is that version's text for good; a new
 * claim then reads only the version, not the whole text again (690 KB on a 100,000-word article).
 * Bounded by characters held, oldest dropped first.
 */
const TEXT_CACHE_CHARACTERS = 20_000_000;
const globalForTexts = globalThis as unknown as { claimdeskArticleTexts?: Map<string, { version: number; text: string }> };
const cachedTexts = () => (globalForTexts.claimdeskArticleTexts ??= new Map());

function remember(articleId: string, version: number, text: string): void {
  const texts = cachedTexts();
  texts.delete(articleId);
  texts.set(articleId, { version, text });
  let held = 0;
  for (const entry of texts.values()) held += entry.text.length;
  for (const [id, entry] of texts) {
    if (held <= TEXT_CACHE_CHARACTERS || id === articleId) break;
    texts.delete(id);
    held -= entry.text.length;
  }
}

/** For writes that anchor a selector on the article's text. Null when there is no such article. */
export async function lockArticleTextForAnchoring(tx: Tx, articleId: string): Promise<ArticleText | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtextextended(${articleId}, 0))`;
  const cached = cachedTexts().get(articleId);
  // A statement of its own, after the lock is held: its snapshot then includes the last edit.
  const rows = await tx.$queryRaw<{ version: number; title: string; text: string | null }[]>`
    SELECT "version", "title", CASE WHEN "version" = ${cached?.version ?? -1}::int THEN NULL ELSE "text" END AS "text"
    FROM "Article" WHERE "id" = ${articleId}::uuid`;
  const row = rows[0];
  if (!row) return null;
  if (row.text === null && cached?.version === row.version) return { version: row.version, title: row.title, text: cached.text };
  const text = row.text ?? "";
  remember(articleId, row.version, text);
  return { version: row.version, title: row.title, text };
}

/** For an edit of the article itself: one at a time, and not while a claim is being anchored. */
export async function lockArticleForEdit(tx: Tx, articleId: string): Promise<ArticleBeforeEdit | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${articleId}, 0))`;
  return readArticleBeforeEdit(tx, articleId);
}

/** Activity precision for the articles list ("most recently active first"): one write per article per 5 s at most. */
const ACTIVITY_PRECISION_MS = 5_000;
const globalForActivity = globalThis as unknown as { claimdeskActivityNoted?: Map<string, number> };

/**
 * Notes that an article was just worked on; call it after the write's transaction has committed.
 * Not a row every writer updates (writers of one article queued on that row lock): at most one
 * UPDATE per article per 5 s from this process, and none from others while the stored time is fresh.
 */
export async function recordArticleActivity(articleId: string): Promise<void> {
  const noted = (globalForActivity.claimdeskActivityNoted ??= new Map());
  const now = Date.now();
  if (now - (noted.get(articleId) ?? 0) < ACTIVITY_PRECISION_MS) return;
  noted.set(articleId, now);
  if (noted.size > 10_000) noted.clear();
  await getDb().$executeRaw`
    UPDATE "Article" SET "lastActivityAt" = now()
    WHERE "id" = ${articleId}::uuid AND "lastActivityAt" < now() - ${`${ACTIVITY_PRECISION_MS} milliseconds`}::interval`;
}
