import "server-only";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import type { Prisma } from "@/lib/db/generated/client";
import { commentPlainText } from "@/lib/format/comment-body";
import { canRecordReview, hasRole } from "@/lib/policies/permissions";
import type { WorkView } from "@/lib/views/work";
import { statusFromDb, verdictFromDb } from "../claims/enum-mapping";

const CLAIM_PLACE = { id: true, articleId: true, exact: true, article: { select: { title: true } } } as const;

/**
 * Claims waiting for the actor's independent review under a blind policy: live, no final verdict,
 * not reviewed by them, and either assigned to them or already reviewed by someone else (for
 * editors, who rule on every claim rather than review each, only the ones assigned to them).
 */
const toReviewWhere = (actor: Actor): Prisma.ClaimWhereInput => ({
  deletedAt: null,
  verdict: null,
  status: { not: "resolved" },
  article: { reviewPolicy: "blind" },
  reviews: { none: { reviewerId: actor.id } },
  OR: [{ assigneeId: actor.id }, ...(hasRole(actor, "editor") ? [] : [{ reviews: { some: { reviewerId: { not: actor.id } } } }])],
});

/** Across all articles: live claims assigned to the actor that are not resolved, and unseen mentions of them. */
export async function listMyWork({ actor }: { actor: Actor }): Promise<WorkView> {
  const db = getDb();
  const workClaim = { ...CLAIM_PLACE, status: true, verdict: true, updatedAt: true } as const;
  const [claims, toReview, mentions] = await Promise.all([
    db.claim.findMany({
      where: { assigneeId: actor.id, deletedAt: null, status: { not: "resolved" } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 200,
      select: workClaim,
    }),
    canRecordReview(actor) ? db.claim.findMany({ where: toReviewWhere(actor), orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 200, select: workClaim }) : [],
    db.commentMention.findMany({
      where: { userId: actor.id, seenAt: null, comment: { deletedAt: null, claim: { deletedAt: null } } },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: {
        comment: {
          select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } }, claim: { select: CLAIM_PLACE }, mentions: { select: { user: { select: { id: true, name: true } } } } },
        },
      },
    }),
  ]);
  const present = (claim: (typeof claims)[number]) => ({
    claimId: claim.id,
    articleId: claim.articleId,
    articleTitle: claim.article.title,
    exact: claim.exact,
    status: statusFromDb(claim.status),
    verdict: claim.verdict ? verdictFromDb(claim.verdict) : null,
    updatedAt: claim.updatedAt.toISOString(),
  });
  const assigned = claims.map(present);
  const waiting = toReview.map(present);
  const unseen = mentions.map(({ comment }) => ({
    commentId: comment.id,
    claimId: comment.claim.id,
    articleId: comment.claim.articleId,
    articleTitle: comment.claim.article.title,
    exact: comment.claim.exact,
    author: comment.author,
    text: commentPlainText(comment.body, comment.mentions.map((mention) => mention.user)),
    at: comment.createdAt.toISOString(),
  }));
  // A claim both assigned and waiting for my review counts once.
  const assignedIds = new Set(assigned.map((claim) => claim.claimId));
  return { assigned, toReview: waiting, mentions: unseen, count: assigned.length + waiting.filter((claim) => !assignedIds.has(claim.claimId)).length + unseen.length };
}

/** The actor opened a claim (or marked it seen): its mentions of them leave "My work". */
export async function markMentionsSeen({ actor, claimId }: { actor: Actor; claimId: string }): Promise<number> {
  const { count } = await getDb().commentMention.updateMany({ where: { userId: actor.id, seenAt: null, comment: { claimId } }, data: { seenAt: new Date() } });
  return count;
}

/** How many items "My work" holds, for the header's badge. */
export async function countMyWork({ actor }: { actor: Actor }): Promise<number> {
  const db = getDb();
  const [assigned, toReview, mentions] = await Promise.all([
    db.claim.count({ where: { assigneeId: actor.id, deletedAt: null, status: { not: "resolved" } } }),
    canRecordReview(actor) ? db.claim.count({ where: { AND: [toReviewWhere(actor), { OR: [{ assigneeId: null }, { assigneeId: { not: actor.id } }] }] } }) : 0,
    db.commentMention.count({ where: { userId: actor.id, seenAt: null, comment: { deletedAt: null, claim: { deletedAt: null } } } }),
  ]);
  return assigned + toReview + mentions;
}
