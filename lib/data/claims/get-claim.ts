import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles, canSeeDeletedClaims } from "@/lib/policies/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { CLAIM_SELECT, presentClaim } from "./present-claim";
import type { ClaimView } from "@/lib/views/claim";

/** A claim by id; a deleted claim exists only for editors. */
export async function getClaim({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ClaimView> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const row = await getDb().claim.findUnique({ where: { id: claimId }, select: CLAIM_SELECT });
  if (!row || (row.deletedAt && !canSeeDeletedClaims(actor))) throw new NotFoundError("Claim");
  return presentClaim(row);
}
