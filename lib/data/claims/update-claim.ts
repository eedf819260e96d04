import "server-only";

import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/policies/actor";
import { canAssignClaims, canEditClaim, hasRole } from "@/lib/policies/permissions";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { UpdateClaim } from "@/lib/validation/claims";
import { lockArticleTextForAnchoring, recordArticleActivity } from "../articles/lock-article";
import { CLAIM_EDITABLE_FIELDS } from "@/lib/realtime/events";
import { fieldChanges } from "@/lib/realtime/field-changes";
import { appendEvent } from "../events/append-event";
import { anchorSelector } from "./anchor-selector";
import { statusToDb, verdictToDb } from "./enum-mapping";
import { CLAIM_SELECT, presentClaim } from "./present-claim";
import type { ClaimView } from "@/lib/views/claim";

/**
 * Updates a claim with optimistic concurrency: `input.version` must be the version the client
 * read, else 409 with the current claim, so nobody overwrites a change they have not seen.
 */
export async function updateClaim({ actor, claimId, input }: { actor: Actor; claimId: string; input: UpdateClaim }): Promise<ClaimView> {
  const claim = await getDb().$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id: claimId }, select: { ...CLAIM_SELECT, createdById: true } });
    if (!current || current.deletedAt) throw new NotFoundError("Claim");
    if (!canEditClaim(actor, current)) throw new ForbiddenError("You can edit only the claims you created.");
    if (input.assigneeId !== undefined && !canAssignClaims(actor)) throw new ForbiddenError("Only editors assign claims.");
    if (current.version !== input.version) {
      throw new ConflictError("Someone else changed this claim after you opened it.", { current: presentClaim(current) });
    }

    if (input.assigneeId) {
      // Checked here, not left to the foreign key: an unknown id is the client's mistake (422), not a 500.
      const assignee = await tx.user.findFirst({ where: { id: input.assigneeId, disabledAt: null }, select: { role: true } });
      if (!assignee) throw new ValidationError("Nobody with that id can be assigned.", { assigneeId: ["No active user has this id."] }, 422);
      if (!hasRole(assignee, "reviewer")) throw new ValidationError("Only reviewers and above can be assigned claims.", { assigneeId: ["This user is a viewer: they cannot check claims."] });
    }
    // A claim is resolved only with a final verdict (the one it has, or the one this sets).
    const verdictAfter = input.verdict !== undefined ? input.verdict : current.verdict;
    if (input.status === "resolved" && verdictAfter === null) {
      throw new ValidationError("Set a verdict before resolving the claim.", { verdict: ["A resolved claim needs a verdict."] });
    }

    const { version, selector, verdict, status, ...fields } = input;
    const data: Prisma.ClaimUpdateManyMutationInput = { ...fields, version: { increment: 1 } };
    if (verdict !== undefined) data.verdict = verdict === null ? null : verdictToDb(verdict);
    if (status !== undefined) data.status = statusToDb(status);
    if (selector) {
      const article = await lockArticleTextForAnchoring(tx, current.articleId);
      if (!article) throw new NotFoundError("Article");
      Object.assign(data, anchorSelector(article.text, selector), { orphan: false, anchoredVersion: article.version });
    }
    const { count } = await tx.claim.updateMany({ where: { id: claimId, version }, data });
    if (count === 0) {
      // Another save won the race between our read and our write: answer as for any stale version.
      const now = await tx.claim.findUnique({ where: { id: claimId }, select: CLAIM_SELECT });
      if (!now || now.deletedAt) throw new NotFoundError("Claim");
      throw new ConflictError("Someone else changed this claim after you opened it.", { current: presentClaim(now) });
    }

    const claim = presentClaim(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: CLAIM_SELECT }));
    const changes = fieldChanges(presentClaim(current), claim, CLAIM_EDITABLE_FIELDS);
    await appendEvent(tx, { articleId: current.articleId, actorId: actor.id, type: "claim.updated", payload: { claim, changes } });
    return claim;
  });
  await recordArticleActivity(claim.articleId);
  return claim;
}
