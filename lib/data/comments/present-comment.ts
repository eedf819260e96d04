import "server-only";
import type { CommentView } from "@/lib/views/comment";

const PERSON = { select: { id: true, name: true } } as const;

export const COMMENT_SELECT = {
  id: true,
  claimId: true,
  parentId: true,
  authorId: true,
  author: PERSON,
  body: true,
  deletedAt: true,
  resolvedAt: true,
  resolvedBy: PERSON,
  version: true,
  createdAt: true,
  updatedAt: true,
  mentions: { select: { user: PERSON }, orderBy: { createdAt: "asc" } },
} as const;

type Person = { id: string; name: string };
type CommentRow = {
  id: string;
  claimId: string;
  parentId: string | null;
  author: Person;
  body: string;
  deletedAt: Date | null;
  resolvedAt: Date | null;
  resolvedBy: Person | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  mentions: { user: Person }[];
};

/** One shape of a comment for the API, the page and live events; a deleted one without its words. */
export function presentComment(row: CommentRow): CommentView {
  const isDeleted = row.deletedAt !== null;
  return {
    id: row.id,
    claimId: row.claimId,
    parentId: row.parentId,
    author: row.author,
    body: isDeleted ? "" : row.body,
    mentions: isDeleted ? [] : row.mentions.map((mention) => mention.user),
    isDeleted,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedBy,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
