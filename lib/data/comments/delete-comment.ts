import "server-only";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canDeleteComment } from "@/lib/policies/permissions";
import type { CommentView } from "@/lib/views/comment";
import { recordArticleActivity } from "../articles/lock-article";
import { appendEvent } from "../events/append-event";
import { COMMENT_SELECT, presentComment } from "./present-comment";

/** Deletes a comment (its author; editors any): its words go, its place stays while it has replies. */
export async function deleteComment({ actor, commentId }: { actor: Actor; commentId: string }): Promise<CommentView> {
  const { comment, articleId } = await getDb().$transaction(async (tx) => {
    const current = await tx.comment.findUnique({ where: { id: commentId }, select: { authorId: true, deletedAt: true, claim: { select: { articleId: true, deletedAt: true } } } });
    if (!current || current.deletedAt || current.claim.deletedAt) throw new NotFoundError("Comment");
    if (!canDeleteComment(actor, current)) throw new ForbiddenError("You can delete only your own comments.");
    const { count } = await tx.comment.updateMany({ where: { id: commentId, deletedAt: null }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (count === 0) throw new NotFoundError("Comment");
    await tx.commentMention.deleteMany({ where: { commentId } });
    const comment = presentComment(await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: COMMENT_SELECT }));
    await appendEvent(tx, { articleId: current.claim.articleId, actorId: actor.id, type: "comment.deleted", payload: { comment } });
    return { comment, articleId: current.claim.articleId };
  });
  await recordArticleActivity(articleId);
  return comment;
}
