import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAddSource, canEditSource } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { CreateSource, UpdateSource } from "@/lib/validation/claims";
import { recordArticleActivity } from "../articles/lock-article";
import { appendEvent } from "../events/append-event";
import { presentSource, SOURCE_SELECT, type SourceView } from "../claims/present-claim";

/** Any reviewer may add evidence to any live claim: checking is collaborative. */
export async function createSource({ actor, claimId, input }: { actor: Actor; claimId: string; input: CreateSource }): Promise<SourceView> {
  if (!canAddSource(actor)) throw new ForbiddenError("Viewers cannot add sources.");
  const { source, articleId } = await getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true, deletedAt: true } });
    if (!claim || claim.deletedAt) throw new NotFoundError("Claim");
    const row = await tx.source.create({ data: { ...input, claimId, addedById: actor.id }, select: SOURCE_SELECT });
    await tx.claim.update({ where: { id: claimId }, data: { updatedAt: new Date() }, select: { id: true } });
    const source = presentSource(row);
    await appendEvent(tx, { articleId: claim.articleId, actorId: actor.id, type: "source.created", payload: { source } });
    return { source, articleId: claim.articleId };
  });
  await recordArticleActivity(articleId);
  return source;
}

async function findEditableSource(tx: Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0], actor: Actor, sourceId: string) {
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { addedById: true, claimId: true, claim: { select: { articleId: true, deletedAt: true } } },
  });
  if (!source || source.claim.deletedAt) throw new NotFoundError("Source");
  if (!canEditSource(actor, source)) throw new ForbiddenError("You can change only the sources you added.");
  return source;
}

export async function updateSource({ actor, sourceId, input }: { actor: Actor; sourceId: string; input: UpdateSource }): Promise<SourceView> {
  const { source, articleId } = await getDb().$transaction(async (tx) => {
    const existing = await findEditableSource(tx, actor, sourceId);
    const row = await tx.source.update({ where: { id: sourceId }, data: input, select: SOURCE_SELECT });
    const source = presentSource(row);
    await appendEvent(tx, { articleId: existing.claim.articleId, actorId: actor.id, type: "source.updated", payload: { source } });
    return { source, articleId: existing.claim.articleId };
  });
  await recordArticleActivity(articleId);
  return source;
}

/** Sources are removed for real (the event log keeps what they were). */
export async function deleteSource({ actor, sourceId }: { actor: Actor; sourceId: string }): Promise<{ id: string; claimId: string }> {
  const { deleted, articleId } = await getDb().$transaction(async (tx) => {
    const existing = await findEditableSource(tx, actor, sourceId);
    const row = await tx.source.delete({ where: { id: sourceId }, select: SOURCE_SELECT });
    await appendEvent(tx, {
      articleId: existing.claim.articleId,
      actorId: actor.id,
      type: "source.deleted",
      payload: { source: presentSource(row) },
    });
    return { deleted: { id: sourceId, claimId: existing.claimId }, articleId: existing.claim.articleId };
  });
  await recordArticleActivity(articleId);
  return deleted;
}
