import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { ZAppEvent, type AppEvent } from "@/lib/realtime/events";
import type { Tx } from "../transaction";

/** An event of the union, with the article it belongs to (if any) and who did it. */
export type NewEvent = AppEvent & { articleId?: string | null; actorId: string | null };

/**
 * Appends to the activity log inside the caller's transaction, so the log never disagrees with the
 * data. The payload is checked against the event union, so the log holds nothing a reader cannot
 * parse. (The article's activity time is noted after the commit: see recordArticleActivity.)
 */
export async function appendEvent(tx: Tx, event: NewEvent): Promise<bigint> {
  const { type, payload } = ZAppEvent.parse({ type: event.type, payload: event.payload });
  const row = await tx.event.create({
    data: { articleId: event.articleId ?? null, actorId: event.actorId, type, payload: payload as Prisma.InputJsonObject },
    select: { id: true },
  });
  return row.id;
}
