import "server-only";
import { mentionedIds } from "@/lib/format/comment-body";
import type { Tx } from "../transaction";

/**
 * Records who a comment mentions (active users other than its author), so it reaches their
 * "My work"; a mention removed by an edit goes, one already there keeps whether it was seen.
 */
export async function saveMentions(tx: Tx, comment: { id: string; authorId: string; body: string }): Promise<void> {
  const wanted = mentionedIds(comment.body).filter((id) => id !== comment.authorId);
  const users = wanted.length ? await tx.user.findMany({ where: { id: { in: wanted }, disabledAt: null }, select: { id: true } }) : [];
  const ids = users.map((user) => user.id);
  await tx.commentMention.deleteMany({ where: { commentId: comment.id, userId: { notIn: ids } } });
  if (ids.length) await tx.commentMention.createMany({ data: ids.map((userId) => ({ commentId: comment.id, userId })), skipDuplicates: true });
}
