import "server-only";
import { EVENTS_CHANNEL } from "@/lib/realtime/channels";
import { claimIdOf, ZAppEvent, type AppEvent } from "@/lib/realtime/events";
import type { Tx } from "../transaction";

/** An event of the union, with the article it belongs to (if any) and who did it. */
export type NewEvent = AppEvent & { articleId?: string | null; actorId: string | null };

/** The first key of the two-key advisory locks that order an article's events (the second is the article). */
const EVENT_ORDER_LOCK = 0x436c_4576; // "ClEv"

/**
 * Appends to the activity log inside the caller's transaction, so the log never disagrees with the
 * data, and announces it with NOTIFY, which Postgres delivers when (and only if) the write commits.
 * The payload is checked against the event union, so the log holds nothing a reader cannot parse.
 *
 * Ids come from a sequence, and a transaction that took id 41 may commit after one that took 42: a
 * reader that has seen 42 and asks for `id > 42` would miss 41 forever. So an article's events are
 * appended under a lock on that article held until commit: the next writer takes its id only after
 * the previous one committed, and an article's events commit in id order. Call this as the last
 * write of the transaction, so the lock is held only for the commit.
 * (The article's activity time is noted after the commit: see recordArticleActivity.)
 *
 * Lock, insert and notify are one statement, one round trip: the insert reads its row from the
 * lock's result, so its id is drawn only once the lock is held.
 */
export async function appendEvent(tx: Tx, event: NewEvent): Promise<bigint> {
  const { type, payload } = ZAppEvent.parse({ type: event.type, payload: event.payload });
  const articleId = event.articleId ?? null;
  const claimId = claimIdOf({ type, payload } as AppEvent);
  const json = JSON.stringify(payload);
  const rows = articleId
    ? await tx.$queryRaw<{ id: bigint }[]>`
        WITH "ordered" AS (SELECT pg_advisory_xact_lock(${EVENT_ORDER_LOCK}::int4, hashtext(${articleId}::text)) AS "locked"),
        "appended" AS (
          INSERT INTO "Event" ("articleId", "claimId", "actorId", "type", "payload")
          SELECT ${articleId}::uuid, ${claimId}::uuid, ${event.actorId}::uuid, ${type}, ${json}::jsonb FROM "ordered"
          RETURNING "id"
        )
        SELECT "id", pg_notify(${EVENTS_CHANNEL}::text, ${articleId}::text || ':' || "id"::text)::text AS "notified" FROM "appended"`
    : await tx.$queryRaw<{ id: bigint }[]>`
        INSERT INTO "Event" ("articleId", "claimId", "actorId", "type", "payload")
        VALUES (NULL, ${claimId}::uuid, ${event.actorId}::uuid, ${type}, ${json}::jsonb)
        RETURNING "id"`;
  const row = rows[0];
  if (!row) throw new Error("The event log returned no id.");
  return row.id;
}
