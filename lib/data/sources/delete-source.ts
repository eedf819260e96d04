import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { recordArticleActivity } from "../articles/lock-article";
import { presentSource } from "../claims/present-claim";
import { appendEvent } from "../events/append-event";
import { findEditableSource } from "./find-editable-source";

/** Sources are removed for real (the event log keeps what they were). */
export async function deleteSource({ actor, sourceId }: { actor: Actor; sourceId: string }): Promise<{ id: string; claimId: string }> {
  const { deleted, articleId } = await getDb().$transaction(async (tx) => {
    const existing = await findEditableSource(tx, actor, sourceId);
    await tx.source.delete({ where: { id: sourceId }, select: { id: true } });
    await appendEvent(tx, { articleId: existing.claim.articleId, actorId: actor.id, type: "source.deleted", payload: { source: presentSource(existing) } });
    return { deleted: { id: sourceId, claimId: existing.claimId }, articleId: existing.claim.articleId };
  });
  await recordArticleActivity(articleId);
  return deleted;
}
