import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canAddSource } from "@/lib/policies/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { CreateSource } from "@/lib/validation/claims";
import { ZSourceView, type SourceView } from "@/lib/views/source";
import { recordArticleActivity } from "../articles/lock-article";
import { presentSource, SOURCE_SELECT } from "../claims/present-claim";
import { appendEvent } from "../events/append-event";
import { withIdempotency, type IdempotencyRequest } from "../idempotency/with-idempotency";
import type { Tx } from "../transaction";

/** Any reviewer may add evidence to any live claim: checking is collaborative. */
export async function createSource({
  actor,
  claimId,
  input,
  idempotency,
}: {
  actor: Actor;
  claimId: string;
  input: CreateSource;
  idempotency?: IdempotencyRequest;
}): Promise<SourceView> {
  if (!canAddSource(actor)) throw new ForbiddenError("Viewers cannot add sources.");
  const { source, articleId } = await getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true, deletedAt: true } });
    if (!claim || claim.deletedAt) throw new NotFoundError("Claim");
    const source = await withIdempotency(tx, actor, idempotency, ZSourceView, () => insertSource(tx, actor, claimId, claim.articleId, input));
    return { source, articleId: claim.articleId };
  });
  await recordArticleActivity(articleId);
  return source;
}

async function insertSource(tx: Tx, actor: Actor, claimId: string, articleId: string, input: CreateSource): Promise<SourceView> {
  const row = await tx.source.create({ data: { ...input, claimId, addedById: actor.id }, select: SOURCE_SELECT });
  await tx.claim.update({ where: { id: claimId }, data: { updatedAt: new Date() }, select: { id: true } });
  const source = presentSource(row);
  await appendEvent(tx, { articleId, actorId: actor.id, type: "source.created", payload: { source } });
  return source;
}
