import "server-only";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import type { WorkView } from "@/lib/views/work";
import { statusFromDb, verdictFromDb } from "../claims/enum-mapping";

const CLAIM_PLACE = { id: true, articleId: true, exact: true, article: { select: { title: true } } } as const;

/** Shows "@{id}" mentions as "@Name" (names of the people the comment mentions). */
function readable(body: string, mentioned: { id: string; name: string }[]): string {
  return mentioned.reduce((text, person) => text.split(`@{${person.id}}`).join(`@${person.name}`), body);
}

/** Across all articles: live claims assigned to the actor that are not resolved, and unseen mentions of them. */
export async function listMyWork({ actor }: { actor: Actor }): Promise<WorkView> {
  const db = getDb();
  const [claims, mentions] = await Promise.all([
    db.claim.findMany({
      where: { assigneeId: actor.id, deletedAt: null, status: { not: "resolved" } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 200,
      select: { ...CLAIM_PLACE, status: true, verdict: true, updatedAt: true },
    }),
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
  const assigned = claims.map((claim) => ({
    claimId: claim.id,
    articleId: claim.articleId,
    articleTitle: claim.article.title,
    exact: claim.exact,
    status: statusFromDb(claim.status),
    verdict: claim.verdict ? verdictFromDb(claim.verdict) : null,
    updatedAt: claim.updatedAt.toISOString(),
  }));
  const unseen = mentions.map(({ comment }) => ({
    commentId: comment.id,
    claimId: comment.claim.id,
    articleId: comment.claim.articleId,
    articleTitle: comment.claim.article.title,
    exact: comment.claim.exact,
    author: comment.author,
    text: readable(comment.body, comment.mentions.map((mention) => mention.user)),
    at: comment.createdAt.toISOString(),
  }));
  return { assigned, mentions: unseen, count: assigned.length + unseen.length };
}

/** The actor opened a claim (or marked it seen): its mentions of them leave "My work". */
export async function markMentionsSeen({ actor, claimId }: { actor: Actor; claimId: string }): Promise<number> {
  const { count } = await getDb().commentMention.updateMany({ where: { userId: actor.id, seenAt: null, comment: { claimId } }, data: { seenAt: new Date() } });
  return count;
}

/** How many items "My work" holds, for the header's badge. */
export async function countMyWork({ actor }: { actor: Actor }): Promise<number> {
  const db = getDb();
  const [assigned, mentions] = await Promise.all([
    db.claim.count({ where: { assigneeId: actor.id, deletedAt: null, status: { not: "resolved" } } }),
    db.commentMention.count({ where: { userId: actor.id, seenAt: null, comment: { deletedAt: null, claim: { deletedAt: null } } } }),
  ]);
  return assigned + mentions;
}
