import "server-only";

import { getDb } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canAssignClaims } from "@/lib/policies/permissions";
import type { AssignClaims } from "@/lib/validation/claims";
import type { ClaimView } from "@/lib/views/claim";
import { recordArticleActivity } from "../articles/lock-article";
import { checkAssignee } from "./check-assignee";
import { CLAIM_SELECT, presentClaim } from "./present-claim";
import { writeClaimUpdate } from "./write-claim-update";

/**
 * Assigns (or unassigns, with null) several of an article's claims at once: an editor's decision,
 * so it applies to the claims as they are now (no version to send). All or none: an id that is
 * not a live claim of the article is a 422. A claim already so assigned is left as it is; every
 * other gets its claim.updated event. Answers the claims as they are afterwards.
 */
export async function assignClaims({ actor, articleId, input }: { actor: Actor; articleId: string; input: AssignClaims }): Promise<ClaimView[]> {
  if (!canAssignClaims(actor)) throw new ForbiddenError("Only editors assign claims.");
  const claimIds = [...new Set(input.claimIds)];
  const claims = await getDb().$transaction(async (tx) => {
    if (input.assigneeId) await checkAssignee(tx, input.assigneeId);
    // Locked in id order, so two bulk assignments over the same claims queue instead of deadlocking.
    await tx.$queryRaw`SELECT "id" FROM "Claim" WHERE "id" = ANY(${claimIds}::uuid[]) ORDER BY "id" FOR UPDATE`;
    const rows = await tx.claim.findMany({ where: { id: { in: claimIds }, articleId, deletedAt: null }, select: CLAIM_SELECT, orderBy: { start: "asc" } });
    if (rows.length !== claimIds.length) {
      throw new ValidationError("Some of these claims are not on this article.", { claimIds: ["Every id must be a live claim of this article."] }, 422);
    }
    const result: ClaimView[] = [];
    for (const row of rows) {
      const before = presentClaim(row);
      result.push(
        (before.assignee?.id ?? null) === input.assigneeId
          ? before
          : await writeClaimUpdate(tx, { actor, before, version: before.version, data: { assigneeId: input.assigneeId } }),
      );
    }
    return result;
  });
  await recordArticleActivity(articleId);
  return claims;
}
