import "server-only";
import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles } from "@/lib/policies/permissions";
import { ZUuid } from "@/lib/validation/users";
import { parseStoredEvent } from "@/lib/realtime/events";
import { toLiveEventData, type LiveEvent } from "@/lib/realtime/live-event";

/** At most this many events per read; a reader that gets a full page asks again from the last one. */
export const EVENT_PAGE = 500;

let hasWarnedOfOldRows = false;

/**
 * The article's events after `afterId`, in log order, as the live stream sends them. For the live
 * hub, which serves only streams that openArticleStream admitted. Rows that do not fit the event
 * union (written before it existed) are skipped.
 */
export async function listArticleEventsSince({ articleId, afterId, limit = EVENT_PAGE }: { articleId: string; afterId: bigint; limit?: number }): Promise<LiveEvent[]> {
  const rows = await getDb().event.findMany({
    where: { articleId, id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, articleId: true, actorId: true, createdAt: true, type: true, payload: true, actor: { select: { id: true, name: true } } },
  });
  return rows.flatMap((row) => {
    const parsed = parseStoredEvent(row);
    if (!parsed.success) {
      if (!hasWarnedOfOldRows) console.warn(`Skipping event #${row.id} (${row.type}) of article ${articleId}: it does not fit the event union.`);
      hasWarnedOfOldRows = true;
      return [];
    }
    return [{ id: row.id.toString(), data: toLiveEventData(parsed.data, row.actor, row.createdAt) }];
  });
}

/** The id of the article's newest event (0 when it has none): where a stream that asks for no replay starts. */
export async function latestArticleEventId(articleId: string): Promise<bigint> {
  const { _max } = await getDb().event.aggregate({ where: { articleId }, _max: { id: true } });
  return _max.id ?? 0n;
}

/**
 * The log position of an article (by id or slug) before a page reads it: the page's live stream
 * starts after it, so nothing that happens while the page is built is missed. 0 if unknown (the
 * page itself then says "not found").
 */
export async function findArticleStreamStart({ actor, idOrSlug }: { actor: Actor; idOrSlug: string }): Promise<bigint> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const article = await getDb().article.findUnique({ where: ZUuid.safeParse(idOrSlug).success ? { id: idOrSlug } : { slug: idOrSlug }, select: { id: true } });
  return article ? latestArticleEventId(article.id) : 0n;
}
