import "server-only";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canComment } from "@/lib/policies/permissions";
import type { CreateComment } from "@/lib/validation/comments";
import type { IdempotencyRequest } from "@/lib/validation/idempotency";
import { ZCommentView, type CommentView } from "@/lib/views/comment";
import { recordArticleActivity } from "../articles/lock-article";
import { appendEvent } from "../events/append-event";
import { withIdempotency } from "../idempotency/with-idempotency";
import { saveMentions } from "./comment-mentions";
import { COMMENT_SELECT, presentComment } from "./present-comment";

/** A comment on a live claim, or a reply to one of its threads (replies are one level deep). */
export async function createComment({
  actor,
  claimId,
  input,
  idempotency,
}: {
  actor: Actor;
  claimId: string;
  input: CreateComment;
  idempotency?: IdempotencyRequest;
}): Promise<CommentView> {
  if (!canComment(actor)) throw new ForbiddenError("Viewers cannot comment.");
  const { comment, articleId } = await getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true, deletedAt: true } });
    if (!claim || claim.deletedAt) throw new NotFoundError("Claim");
    const comment = await withIdempotency(tx, actor, idempotency, ZCommentView, async () => {
      if (input.parentId) {
        const parent = await tx.comment.findUnique({ where: { id: input.parentId }, select: { claimId: true, parentId: true, deletedAt: true } });
        if (!parent || parent.claimId !== claimId) throw new ValidationError("That comment is not on this claim.", { parentId: ["No comment of this claim has this id."] }, 422);
        if (parent.parentId) throw new ValidationError("Reply to the thread's first comment.", { parentId: ["Replies are one level deep: reply to the first comment."] }, 422);
      }
      const row = await tx.comment.create({ data: { claimId, authorId: actor.id, parentId: input.parentId ?? null, body: input.body }, select: { id: true } });
      await saveMentions(tx, { id: row.id, authorId: actor.id, body: input.body });
      const comment = presentComment(await tx.comment.findUniqueOrThrow({ where: { id: row.id }, select: COMMENT_SELECT }));
      await appendEvent(tx, { articleId: claim.articleId, actorId: actor.id, type: "comment.created", payload: { comment } });
      return comment;
    });
    return { comment, articleId: claim.articleId };
  });
  await recordArticleActivity(articleId);
  return comment;
}
