import "server-only";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canEditComment, canResolveThread } from "@/lib/policies/permissions";
import { fieldChanges } from "@/lib/realtime/field-changes";
import type { UpdateComment } from "@/lib/validation/comments";
import type { CommentView } from "@/lib/views/comment";
import { recordArticleActivity } from "../articles/lock-article";
import { appendEvent } from "../events/append-event";
import { saveMentions } from "./comment-mentions";
import { COMMENT_SELECT, presentComment } from "./present-comment";

/**
 * Edits a comment's words (its author) and/or resolves or reopens its thread (the claim's author,
 * the thread's commenter, or an editor; only on a thread's first comment). `version` must be the
 * one read, checked in the UPDATE itself.
 */
export async function updateComment({ actor, commentId, input }: { actor: Actor; commentId: string; input: UpdateComment }): Promise<CommentView> {
  const { comment, articleId } = await getDb().$transaction(async (tx) => {
    const current = await tx.comment.findUnique({
      where: { id: commentId },
      select: { ...COMMENT_SELECT, claim: { select: { articleId: true, createdById: true, deletedAt: true } } },
    });
    if (!current || current.deletedAt || current.claim.deletedAt) throw new NotFoundError("Comment");
    if (input.body !== undefined && !canEditComment(actor, current)) throw new ForbiddenError("You can edit only your own comments.");
    if (input.resolved !== undefined) {
      if (current.parentId) throw new ForbiddenError("Resolve the thread from its first comment.");
      if (!canResolveThread(actor, { claimAuthorId: current.claim.createdById, commenterId: current.authorId })) {
        throw new ForbiddenError("Only the claim's author, the thread's commenter or an editor can resolve it.");
      }
    }
    const before = presentComment(current);
    if (current.version !== input.version) throw new ConflictError("Someone else changed this comment after you opened it.", { current: before });

    const resolved = input.resolved === undefined ? {} : input.resolved ? { resolvedAt: current.resolvedAt ?? new Date(), resolvedById: current.resolvedBy?.id ?? actor.id } : { resolvedAt: null, resolvedById: null };
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, version: input.version, deletedAt: null },
      data: { ...(input.body !== undefined ? { body: input.body } : {}), ...resolved, version: { increment: 1 } },
    });
    const row = await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: COMMENT_SELECT });
    if (count === 0) throw new ConflictError("Someone else changed this comment after you opened it.", { current: presentComment(row) });
    if (input.body !== undefined) await saveMentions(tx, { id: commentId, authorId: current.authorId, body: input.body });
    const comment = presentComment(await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: COMMENT_SELECT }));
    const changes = fieldChanges(before, comment, ["body", "resolvedAt"] as const);
    await appendEvent(tx, { articleId: current.claim.articleId, actorId: actor.id, type: "comment.updated", payload: { comment, changes } });
    return { comment, articleId: current.claim.articleId };
  });
  await recordArticleActivity(articleId);
  return comment;
}
