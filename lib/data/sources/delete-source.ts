import "server-only";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { recordArticleActivity } from "../articles/lock-article";
import { presentSource, SOURCE_SELECT } from "../claims/present-claim";
import { appendEvent } from "../events/append-event";
import { findEditableSource } from "./find-editable-source";
import { staleSource } from "./update-source";

/**
 * Sources are removed for real (the event log keeps what they were). With `version`, only if
 * nobody changed the source since (else 409 with the current one).
 */
export async function deleteSource({ actor, sourceId, version }: { actor: Actor; sourceId: string; version?: number }): Promise<{ id: string; claimId: string }> {
  const { deleted, articleId } = await getDb().$transaction(async (tx) => {
    const existing = await findEditableSource(tx, actor, sourceId);
    if (version !== undefined && existing.version !== version) throw staleSource(presentSource(existing));
    const { count } = await tx.source.deleteMany({ where: { id: sourceId, ...(version !== undefined ? { version } : {}) } });
    if (count === 0) {
      const now = await tx.source.findUnique({ where: { id: sourceId }, select: SOURCE_SELECT });
      throw now ? staleSource(presentSource(now)) : new NotFoundError("Source");
    }
    await appendEvent(tx, { articleId: existing.claim.articleId, actorId: actor.id, type: "source.deleted", payload: { source: presentSource(existing) } });
    return { deleted: { id: sourceId, claimId: existing.claimId }, articleId: existing.claim.articleId };
  });
  await recordArticleActivity(articleId);
  return deleted;
}
