import "server-only";

import type { Actor } from "@/lib/policies/actor";
import { canEditSource } from "@/lib/policies/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { SOURCE_SELECT } from "../claims/present-claim";
import type { Tx } from "../transaction";

/**
 * A live claim's source the actor may change, remove or restore (as presentSource reads it), or
 * the error that says why not. A deleted source is not found unless `includeDeleted` (to restore it).
 */
export async function findEditableSource(tx: Tx, actor: Actor, sourceId: string, { includeDeleted = false } = {}) {
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { ...SOURCE_SELECT, addedById: true, deletedAt: true, claim: { select: { articleId: true, deletedAt: true } } },
  });
  if (!source || source.claim.deletedAt || (source.deletedAt && !includeDeleted)) throw new NotFoundError("Source");
  if (!canEditSource(actor, source)) throw new ForbiddenError("You can change only the sources you added.");
  return source;
}
