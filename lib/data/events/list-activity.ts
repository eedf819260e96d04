import "server-only";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles, canSeeDeletedClaims } from "@/lib/policies/permissions";
import { describeEvent } from "@/lib/realtime/describe-event";
import { parseStoredEvent, type AppEvent } from "@/lib/realtime/events";
import type { ActivityEntry } from "@/lib/views/activity";

const ROW = { id: true, articleId: true, claimId: true, actorId: true, createdAt: true, type: true, payload: true, actor: { select: { id: true, name: true } } } as const;
type Row = { id: bigint; articleId: string | null; claimId: string | null; actorId: string | null; createdAt: Date; type: string; payload: unknown; actor: { id: string; name: string } | null };

/** Entries in words; a comment's words never appear (a deleted comment's would live on here). */
async function toEntries(rows: Row[]): Promise<ActivityEntry[]> {
  const claimIds = [...new Set(rows.map((row) => row.claimId).filter((id): id is string => id !== null))];
  const claims = claimIds.length ? await getDb().claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, exact: true } }) : [];
  const quotes = new Map(claims.map((claim) => [claim.id, claim.exact]));
  return rows.flatMap((row) => {
    const parsed = parseStoredEvent(row);
    if (!parsed.success) return [];
    const event = parsed.data as AppEvent;
    const changes = "changes" in event.payload && !event.type.startsWith("comment.") ? (event.payload.changes as ActivityEntry["changes"]) : undefined;
    return [
      {
        id: row.id.toString(),
        type: row.type,
        at: row.createdAt.toISOString(),
        actor: row.actor,
        claimId: row.claimId,
        text: `${row.actor?.name ?? "Someone"} ${describeEvent(event, (id) => quotes.get(id))}`,
        ...(changes && Object.keys(changes).length ? { changes } : {}),
      },
    ];
  });
}

/** An article's activity, newest first, `limit` at a time; `next` is the `before` of the following page. */
export async function listArticleActivity({ actor, articleId, before, limit = 50 }: { actor: Actor; articleId: string; before?: bigint; limit?: number }): Promise<{ activity: ActivityEntry[]; next?: string }> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const article = await getDb().article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new NotFoundError("Article");
  const rows = await getDb().event.findMany({ where: { articleId, ...(before ? { id: { lt: before } } : {}) }, orderBy: { id: "desc" }, take: limit + 1, select: ROW });
  const page = rows.slice(0, limit);
  const activity = await toEntries(page);
  return rows.length > limit ? { activity, next: page.at(-1)!.id.toString() } : { activity };
}

/** Every change to one claim (its fields, sources, comments), oldest first. */
export async function listClaimHistory({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ActivityEntry[]> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const claim = await getDb().claim.findUnique({ where: { id: claimId }, select: { deletedAt: true } });
  if (!claim || (claim.deletedAt && !canSeeDeletedClaims(actor))) throw new NotFoundError("Claim");
  const rows = await getDb().event.findMany({ where: { claimId }, orderBy: { id: "asc" }, take: 1_000, select: ROW });
  return toEntries(rows);
}
