import "server-only";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles } from "@/lib/policies/permissions";
import { PRESENCE_CHANNEL } from "@/lib/realtime/channels";
import { PRESENCE_TTL_SECONDS } from "@/lib/realtime/presence";
import type { PresenceUser } from "@/lib/views/presence";

function expiry(): Date {
  return new Date(Date.now() - PRESENCE_TTL_SECONDS * 1000);
}

async function requireReadableArticle(actor: Actor, articleId: string): Promise<void> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const article = await getDb().article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new NotFoundError("Article");
}

/**
 * The actor has the article open, on `claimId` (or on no claim). Renews their presence; says so on
 * the presence channel when it changed (arrived, moved to another claim, or was about to expire).
 */
export async function setPresence({ actor, articleId, claimId }: { actor: Actor; articleId: string; claimId: string | null }): Promise<void> {
  await requireReadableArticle(actor, articleId);
  const db = getDb();
  if (claimId) {
    const claim = await db.claim.findFirst({ where: { id: claimId, articleId, deletedAt: null }, select: { id: true } });
    if (!claim) throw new ValidationError("That claim is not on this article.", { claimId: ["No live claim of this article has this id."] }, 422);
  }
  await db.$transaction(async (tx) => {
    const before = await tx.articlePresence.findUnique({ where: { articleId_userId: { articleId, userId: actor.id } }, select: { claimId: true, lastSeenAt: true } });
    await tx.articlePresence.upsert({
      where: { articleId_userId: { articleId, userId: actor.id } },
      create: { articleId, userId: actor.id, claimId },
      update: { claimId, lastSeenAt: new Date() },
    });
    const isNews = !before || before.claimId !== claimId || before.lastSeenAt < expiry();
    if (isNews) await tx.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, ${articleId})`;
  });
}

/** The actor closed the article. */
export async function clearPresence({ actor, articleId }: { actor: Actor; articleId: string }): Promise<void> {
  await requireReadableArticle(actor, articleId);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.articlePresence.deleteMany({ where: { articleId, userId: actor.id } });
    if (count > 0) await tx.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, ${articleId})`;
  });
}

/** Who has the article open now (seen within the last 45 s), by name. For the live hub, and GET presence. */
export async function readArticlePresence(articleId: string): Promise<PresenceUser[]> {
  const rows = await getDb().articlePresence.findMany({
    where: { articleId, lastSeenAt: { gt: expiry() }, user: { disabledAt: null } },
    select: { claimId: true, user: { select: { id: true, name: true, role: true } } },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
  });
  return rows.map((row) => ({ id: row.user.id, name: row.user.name, role: row.user.role, claimId: row.claimId }));
}

export async function listPresence({ actor, articleId }: { actor: Actor; articleId: string }): Promise<PresenceUser[]> {
  await requireReadableArticle(actor, articleId);
  return readArticlePresence(articleId);
}
