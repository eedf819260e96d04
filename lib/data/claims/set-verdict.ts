import "server-only";

import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canEditSomeClaims, canSetVerdict } from "@/lib/policies/permissions";
import type { SetVerdict } from "@/lib/validation/reviews";
import type { ClaimView } from "@/lib/views/claim";
import { recordArticleActivity } from "../articles/lock-article";
import { statusToDb } from "./enum-mapping";
import { CLAIM_SELECT, presentClaim } from "./present-claim";
import { rulingData, writeClaimUpdate } from "./write-claim-update";

/**
 * The final verdict of a claim (editors always; the claim's author too under an open policy):
 * records who ruled and when, and clears a re-check flag even when the verdict stays the same.
 * Clearing the verdict of a resolved claim moves it back to in-review (a resolved claim has one).
 */
export async function setVerdict({ actor, claimId, input }: { actor: Actor; claimId: string; input: SetVerdict }): Promise<ClaimView> {
  if (!canEditSomeClaims(actor)) throw new ForbiddenError("Viewers cannot set verdicts.");
  const claim = await getDb().$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id: claimId }, select: { ...CLAIM_SELECT, createdById: true, article: { select: { reviewPolicy: true } } } });
    if (!current || current.deletedAt) throw new NotFoundError("Claim");
    const policy = current.article.reviewPolicy;
    if (!canSetVerdict(actor, current, policy)) {
      throw new ForbiddenError(
        policy === "blind"
          ? "Reviews of this article are blind: only an editor sets the final verdict. Record your own review instead."
          : "Only the claim's author or an editor sets its verdict.",
      );
    }
    const before = presentClaim(current);
    if (current.version !== input.version) throw new ConflictError("Someone else changed this claim after you opened it.", { current: before });
    const data = rulingData(actor, input.verdict);
    if (input.rationale !== undefined) data.rationale = input.rationale;
    if (input.verdict === null && before.status === "resolved") data.status = statusToDb("in-review");
    return writeClaimUpdate(tx, { actor, before, version: input.version, data });
  });
  await recordArticleActivity(claim.articleId);
  return claim;
}
