import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "../transaction";

/**
 * Appends to the activity log inside the caller's transaction, so the log never disagrees with the
 * data. (The article's activity time is noted after the commit: see recordArticleActivity.)
 */
export async function appendEvent(
  tx: Tx,
  event: { articleId?: string | null; actorId: string | null; type: string; payload: Prisma.InputJsonValue },
): Promise<bigint> {
  const row = await tx.event.create({ data: event, select: { id: true } });
  return row.id;
}
