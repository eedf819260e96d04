import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;

/**
 * Appends to the activity log inside the caller's transaction, so the log never disagrees with the
 * data. An article's events come from writers that took the article's lock (lockArticle), which
 * also recorded the activity on the article.
 */
export async function appendEvent(
  tx: Tx,
  event: { articleId?: string | null; actorId: string | null; type: string; payload: Prisma.InputJsonValue },
): Promise<bigint> {
  const row = await tx.event.create({ data: event, select: { id: true } });
  return row.id;
}
