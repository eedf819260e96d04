import { z } from "zod";
import { ZPersonView, ZTimestamp } from "./person";

/** A comment on a claim. A deleted one keeps its place (for its replies) without its words. */
export const ZCommentView = z.object({
  id: z.uuid(),
  claimId: z.uuid(),
  /** The comment this replies to; null for a thread's first comment. */
  parentId: z.uuid().nullable(),
  author: ZPersonView,
  /** Plain text; `@{<user id>}` marks a mention (see `mentions` for the names). Empty when deleted. */
  body: z.string(),
  mentions: z.array(ZPersonView),
  isDeleted: z.boolean(),
  /** On a thread's first comment: when, and by whom, the thread was resolved. */
  resolvedAt: ZTimestamp.nullable(),
  resolvedBy: ZPersonView.nullable(),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});
export type CommentView = z.infer<typeof ZCommentView>;

export const ZCommentAnswer = z.object({ comment: ZCommentView });
export const ZCommentListAnswer = z.object({ comments: z.array(ZCommentView) });
