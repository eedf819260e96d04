import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canCreateClaim } from "@/lib/policies/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { CreateClaim } from "@/lib/validation/claims";
import { lockArticleTextForAnchoring, recordArticleActivity } from "../articles/lock-article";
import { appendEvent } from "../events/append-event";
import { anchorSelector } from "./anchor-selector";
import { CLAIM_SELECT, presentClaim } from "./present-claim";
import { ZClaimView, type ClaimView } from "@/lib/views/claim";
import { withIdempotency, type IdempotencyRequest } from "../idempotency/with-idempotency";

export async function createClaim({
  actor,
  articleId,
  input,
  idempotency,
}: {
  actor: Actor;
  articleId: string;
  input: CreateClaim;
  idempotency?: IdempotencyRequest;
}): Promise<ClaimView> {
  if (!canCreateClaim(actor)) throw new ForbiddenError("Viewers cannot create claims.");
  const claim = await getDb().$transaction((tx) => withIdempotency(tx, actor, idempotency, ZClaimView, async () => {
    const article = await lockArticleTextForAnchoring(tx, articleId);
    if (!article) throw new NotFoundError("Article");
    const selector = anchorSelector(article.text, input.selector);
    const row = await tx.claim.create({
      data: {
        articleId,
        ...selector,
        anchoredVersion: article.version,
        claimant: input.claimant ?? null,
        summary: input.summary ?? null,
        tags: input.tags ?? [],
        createdById: actor.id,
      },
      select: CLAIM_SELECT,
    });
    const claim = presentClaim(row);
    await appendEvent(tx, { articleId, actorId: actor.id, type: "claim.created", payload: { claim } });
    return claim;
  }));
  await recordArticleActivity(articleId);
  return claim;
}
