import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canAssignClaims, canEditClaim, canSetVerdict } from "@/lib/policies/permissions";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { UpdateClaim } from "@/lib/validation/claims";
import { lockArticleTextForAnchoring, recordArticleActivity } from "../articles/lock-article";
import { checkAssignee } from "./check-assignee";
import { anchorSelector } from "./anchor-selector";
import { statusToDb } from "./enum-mapping";
import { rulingData, writeClaimUpdate, type ClaimUpdateData } from "./write-claim-update";
import { CLAIM_SELECT, presentClaim } from "./present-claim";
import type { ClaimView } from "@/lib/views/claim";

/**
 * Updates a claim with optimistic concurrency: `input.version` must be the version the client
 * read, else 409 with the current claim, so nobody overwrites a change they have not seen.
 */
export async function updateClaim({ actor, claimId, input }: { actor: Actor; claimId: string; input: UpdateClaim }): Promise<ClaimView> {
  const claim = await getDb().$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id: claimId }, select: { ...CLAIM_SELECT, createdById: true, article: { select: { reviewPolicy: true } } } });
    if (!current || current.deletedAt) throw new NotFoundError("Claim");
    if (!canEditClaim(actor, current)) throw new ForbiddenError("You can edit only the claims you created.");
    if (input.assigneeId !== undefined && !canAssignClaims(actor)) throw new ForbiddenError("Only editors assign claims.");
    const before = presentClaim(current);
    // Sending the verdict it already has changes nothing: a form that sends every field still saves.
    const isVerdictChanged = input.verdict !== undefined && input.verdict !== before.verdict;
    if (isVerdictChanged && !canSetVerdict(actor, current, current.article.reviewPolicy)) {
      throw new ForbiddenError("Reviews of this article are blind: only an editor sets the final verdict. Record your own review instead.");
    }
    if (current.version !== input.version) throw new ConflictError("Someone else changed this claim after you opened it.", { current: before });

    if (input.assigneeId) await checkAssignee(tx, input.assigneeId);
    // A claim is resolved only with a final verdict (the one it has, or the one this sets).
    const verdictAfter = input.verdict !== undefined ? input.verdict : before.verdict;
    if (input.status === "resolved" && verdictAfter === null) {
      throw new ValidationError("Set a verdict before resolving the claim.", { verdict: ["A resolved claim needs a verdict."] });
    }

    const { version, selector, verdict, status, ...fields } = input;
    const data: ClaimUpdateData = { ...fields };
    if (isVerdictChanged && verdict !== undefined) Object.assign(data, rulingData(actor, verdict));
    if (status !== undefined) data.status = statusToDb(status);
    if (selector) {
      const article = await lockArticleTextForAnchoring(tx, current.articleId);
      if (!article) throw new NotFoundError("Article");
      Object.assign(data, anchorSelector(article.text, selector), { orphan: false, anchoredVersion: article.version });
    }
    return writeClaimUpdate(tx, { actor, before, version, data });
  });
  await recordArticleActivity(claim.articleId);
  return claim;
}
