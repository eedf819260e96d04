import "server-only";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { SOURCE_EDITABLE_FIELDS } from "@/lib/realtime/events";
import { fieldChanges } from "@/lib/realtime/field-changes";
import type { UpdateSource } from "@/lib/validation/claims";
import type { SourceView } from "@/lib/views/source";
import { recordArticleActivity } from "../articles/lock-article";
import { presentSource, SOURCE_SELECT } from "../claims/present-claim";
import { appendEvent } from "../events/append-event";
import { findEditableSource } from "./find-editable-source";

/** A stale version gets 409 with the source as it is now. */
export function staleSource(current: SourceView): ConflictError {
  return new ConflictError("Someone else changed this source after you opened it.", { current });
}

/**
 * Edits a source. With `input.version`, only if nobody changed it since (checked in the UPDATE
 * itself, so two racing saves cannot both pass); every edit bumps the version.
 */
export async function updateSource({ actor, sourceId, input }: { actor: Actor; sourceId: string; input: UpdateSource }): Promise<SourceView> {
  const { version, ...fields } = input;
  const { source, articleId } = await getDb().$transaction(async (tx) => {
    const existing = await findEditableSource(tx, actor, sourceId);
    const before = presentSource(existing);
    if (version !== undefined && existing.version !== version) throw staleSource(before);
    const { count } = await tx.source.updateMany({
      where: { id: sourceId, deletedAt: null, ...(version !== undefined ? { version } : {}) },
      data: { ...fields, version: { increment: 1 } },
    });
    const row = await tx.source.findUnique({ where: { id: sourceId }, select: { ...SOURCE_SELECT, deletedAt: true } });
    if (!row || row.deletedAt) throw new NotFoundError("Source"); // removed by someone else meanwhile
    const source = presentSource(row);
    if (count === 0) throw staleSource(source);
    const changes = fieldChanges(before, source, SOURCE_EDITABLE_FIELDS);
    await appendEvent(tx, { articleId: existing.claim.articleId, actorId: actor.id, type: "source.updated", payload: { source, changes } });
    return { source, articleId: existing.claim.articleId };
  });
  await recordArticleActivity(articleId);
  return source;
}
