import "server-only";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import type { SourceView } from "@/lib/views/source";
import { recordArticleActivity } from "../articles/lock-article";
import { presentSource, SOURCE_SELECT } from "../claims/present-claim";
import { appendEvent } from "../events/append-event";
import type { Tx } from "../transaction";
import { findEditableSource } from "./find-editable-source";
import { staleSource } from "./update-source";

/**
 * Sets or clears deletedAt, bumping the version, in one UPDATE that also checks the source is in the
 * expected state (and, when given, at the expected version): of two racing calls, one wins.
 */
async function setDeleted(tx: Tx, sourceId: string, isDeleted: boolean, version: number | undefined): Promise<SourceView | null> {
  const { count } = await tx.source.updateMany({
    where: { id: sourceId, deletedAt: isDeleted ? null : { not: null }, ...(version !== undefined ? { version } : {}) },
    data: { deletedAt: isDeleted ? new Date() : null, version: { increment: 1 } },
  });
  if (count === 0) return null;
  return presentSource(await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: SOURCE_SELECT }));
}

/** What a lost race left: the source as it is now (409), or gone (404). */
async function raceLost(tx: Tx, sourceId: string): Promise<Error> {
  const now = await tx.source.findUnique({ where: { id: sourceId }, select: SOURCE_SELECT });
  return now ? staleSource(presentSource(now)) : new NotFoundError("Source");
}

/**
 * Soft delete: the source stays in the database, and its author or an editor can restore it. With
 * `version`, only if nobody changed the source since (else 409 with the current one).
 */
export async function deleteSource({ actor, sourceId, version }: { actor: Actor; sourceId: string; version?: number }): Promise<{ id: string; claimId: string }> {
  const { source, articleId } = await getDb().$transaction(async (tx) => {
    const existing = await findEditableSource(tx, actor, sourceId);
    if (version !== undefined && existing.version !== version) throw staleSource(presentSource(existing));
    const source = await setDeleted(tx, sourceId, true, version);
    if (!source) throw await raceLost(tx, sourceId);
    await appendEvent(tx, { articleId: existing.claim.articleId, actorId: actor.id, type: "source.deleted", payload: { source } });
    return { source, articleId: existing.claim.articleId };
  });
  await recordArticleActivity(articleId);
  return { id: source.id, claimId: source.claimId };
}

/** Undoes a soft delete (the source's author, or an editor). With `version`, only from the deleted version seen. */
export async function restoreSource({ actor, sourceId, version }: { actor: Actor; sourceId: string; version?: number }): Promise<SourceView> {
  const { source, articleId } = await getDb().$transaction(async (tx) => {
    const existing = await findEditableSource(tx, actor, sourceId, { includeDeleted: true });
    if (!existing.deletedAt) throw new ConflictError("This source is not deleted.", { current: presentSource(existing) });
    if (version !== undefined && existing.version !== version) throw staleSource(presentSource(existing));
    const source = await setDeleted(tx, sourceId, false, version);
    if (!source) throw await raceLost(tx, sourceId);
    await appendEvent(tx, { articleId: existing.claim.articleId, actorId: actor.id, type: "source.restored", payload: { source } });
    return { source, articleId: existing.claim.articleId };
  });
  await recordArticleActivity(articleId);
  return source;
}
