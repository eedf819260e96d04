import "server-only";

import type { ReanchorOutcome } from "@/lib/anchoring/reanchor";
import type { Actor } from "@/lib/policies/actor";
import { CLAIM_EDITABLE_FIELDS } from "@/lib/realtime/events";
import { fieldChanges } from "@/lib/realtime/field-changes";
import type { ClaimView } from "@/lib/views/claim";
import { statusToDb } from "../claims/enum-mapping";
import { CLAIM_SELECT, presentClaim } from "../claims/present-claim";
import { appendEvent } from "../events/append-event";
import type { Tx } from "../transaction";

/**
 * The judged claims (a verdict, or reviews) whose quoted words an edit changes: anything but an
 * exact move. Read before the re-anchored selectors are written, so their events can say from what.
 */
export async function findRecheckCandidates(tx: Tx, claims: { id: string; exact: string }[], outcomes: ReanchorOutcome[]): Promise<ClaimView[]> {
  const exactBefore = new Map(claims.map((claim) => [claim.id, claim.exact]));
  const changed = outcomes.filter((o) => o.outcome !== "orphaned" && o.selector.exact !== exactBefore.get(o.id)).map((o) => o.id);
  if (!changed.length) return [];
  const rows = await tx.claim.findMany({
    where: { id: { in: changed }, OR: [{ verdict: { not: null } }, { reviews: { some: {} } }] },
    select: CLAIM_SELECT,
  });
  return rows.map(presentClaim);
}

/**
 * Flags those claims for a re-check: since when, and the words their verdict was about (the first
 * ones, if already flagged); a resolved claim goes back to in-review. One claim.updated each.
 */
export async function flagRechecks(tx: Tx, actor: Actor, candidates: ClaimView[]): Promise<void> {
  for (const before of candidates) {
    await tx.claim.update({
      where: { id: before.id },
      data: {
        recheckSince: before.recheck ? undefined : new Date(),
        recheckPreviousExact: before.recheck ? undefined : before.selector.exact,
        status: before.status === "resolved" ? statusToDb("in-review") : undefined,
        version: { increment: 1 },
      },
      select: { id: true },
    });
    const claim = presentClaim(await tx.claim.findUniqueOrThrow({ where: { id: before.id }, select: CLAIM_SELECT }));
    await appendEvent(tx, { articleId: claim.articleId, actorId: actor.id, type: "claim.updated", payload: { claim, changes: fieldChanges(before, claim, CLAIM_EDITABLE_FIELDS) } });
  }
}
