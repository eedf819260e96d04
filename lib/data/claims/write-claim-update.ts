import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { CLAIM_EDITABLE_FIELDS } from "@/lib/realtime/events";
import { fieldChanges } from "@/lib/realtime/field-changes";
import type { Verdict } from "@/lib/validation/verdicts";
import type { ClaimView } from "@/lib/views/claim";
import { appendEvent } from "../events/append-event";
import type { Tx } from "../transaction";
import { verdictToDb } from "./enum-mapping";
import { CLAIM_SELECT, presentClaim } from "./present-claim";

export type ClaimUpdateData = Prisma.ClaimUncheckedUpdateManyInput;

/** A final verdict set (or cleared) by the actor: who ruled and when, and any re-check flag cleared. */
export function rulingData(actor: Actor, verdict: Verdict | null): ClaimUpdateData {
  return {
    verdict: verdict === null ? null : verdictToDb(verdict),
    verdictById: verdict === null ? null : actor.id,
    verdictAt: verdict === null ? null : new Date(),
    recheckSince: null,
    recheckPreviousExact: null,
  };
}

/**
 * Writes a claim update if the claim is still at `version` (the same statement checks it), then
 * appends the claim.updated event with what changed. Another save that won the race since `before`
 * was read gets the same 409 as a stale version.
 */
export async function writeClaimUpdate(
  tx: Tx,
  { actor, before, version, data }: { actor: Actor; before: ClaimView; version: number; data: ClaimUpdateData },
): Promise<ClaimView> {
  const { count } = await tx.claim.updateMany({ where: { id: before.id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const now = await tx.claim.findUnique({ where: { id: before.id }, select: CLAIM_SELECT });
    if (!now || now.deletedAt) throw new NotFoundError("Claim");
    throw new ConflictError("Someone else changed this claim after you opened it.", { current: presentClaim(now) });
  }
  const claim = presentClaim(await tx.claim.findUniqueOrThrow({ where: { id: before.id }, select: CLAIM_SELECT }));
  const changes = fieldChanges(before, claim, CLAIM_EDITABLE_FIELDS);
  await appendEvent(tx, { articleId: claim.articleId, actorId: actor.id, type: "claim.updated", payload: { claim, changes } });
  return claim;
}
