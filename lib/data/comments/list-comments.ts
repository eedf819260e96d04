import "server-only";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles } from "@/lib/policies/permissions";
import type { CommentView } from "@/lib/views/comment";
import { COMMENT_SELECT, presentComment } from "./present-comment";

/**
 * A live claim's comments, oldest first: threads' first comments and their replies. A deleted
 * comment stays (as "deleted") only while it has replies that are not deleted.
 */
export async function listComments({ actor, claimId }: { actor: Actor; claimId: string }): Promise<CommentView[]> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const claim = await getDb().claim.findUnique({ where: { id: claimId }, select: { deletedAt: true } });
  if (!claim || claim.deletedAt) throw new NotFoundError("Claim");
  const rows = await getDb().comment.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: COMMENT_SELECT });
  const hasLiveReply = new Set(rows.filter((row) => row.parentId && !row.deletedAt).map((row) => row.parentId));
  return rows.filter((row) => !row.deletedAt || (!row.parentId && hasLiveReply.has(row.id))).map(presentComment);
}
