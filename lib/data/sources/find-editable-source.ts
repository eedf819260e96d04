import "server-only";

import type { Actor } from "@/lib/policies/actor";
import { canEditSource } from "@/lib/policies/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { SOURCE_SELECT } from "../claims/present-claim";
import type { Tx } from "../transaction";

/** A live claim's source the actor may change or remove (as presentSource reads it), or the error that says why not. */
export async function findEditableSource(tx: Tx, actor: Actor, sourceId: string) {
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { ...SOURCE_SELECT, addedById: true, claim: { select: { articleId: true, deletedAt: true } } },
  });
  if (!source || source.claim.deletedAt) throw new NotFoundError("Source");
  if (!canEditSource(actor, source)) throw new ForbiddenError("You can change only the sources you added.");
  return source;
}
