import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import type { UpdateSource } from "@/lib/validation/claims";
import { recordArticleActivity } from "../articles/lock-article";
import { presentSource, SOURCE_SELECT } from "../claims/present-claim";
import { SOURCE_EDITABLE_FIELDS } from "@/lib/realtime/events";
import { fieldChanges } from "@/lib/realtime/field-changes";
import { appendEvent } from "../events/append-event";
import { findEditableSource } from "./find-editable-source";
import type { SourceView } from "@/lib/views/source";

export async function updateSource({ actor, sourceId, input }: { actor: Actor; sourceId: string; input: UpdateSource }): Promise<SourceView> {
  const { source, articleId } = await getDb().$transaction(async (tx) => {
    const existing = await findEditableSource(tx, actor, sourceId);
    const before = presentSource(existing);
    const source = presentSource(await tx.source.update({ where: { id: sourceId }, data: input, select: SOURCE_SELECT }));
    const changes = fieldChanges(before, source, SOURCE_EDITABLE_FIELDS);
    await appendEvent(tx, { articleId: existing.claim.articleId, actorId: actor.id, type: "source.updated", payload: { source, changes } });
    return { source, articleId: existing.claim.articleId };
  });
  await recordArticleActivity(articleId);
  return source;
}
