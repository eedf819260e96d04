import type { ClaimView } from "@/lib/views/claim";

/** A change to a claim seen (live, or as the answer to one's own write) while a load was in flight. */
export type SeenChange = { version: number; deleted: boolean };

/**
 * The claims a load answered, without undoing what arrived while it was in flight: the load was
 * read at some moment, and a live event or one's own write seen meanwhile may be newer. For each
 * claim the newer of the two wins; a claim deleted meanwhile stays deleted; one created meanwhile
 * is kept. Claims nobody touched meanwhile are exactly as loaded.
 */
export function mergeLoadedClaims(fresh: readonly ClaimView[], current: readonly ClaimView[], seen: ReadonlyMap<string, SeenChange>): ClaimView[] {
  const shown = new Map(current.map((claim) => [claim.id, claim]));
  const merged: ClaimView[] = [];
  for (const loaded of fresh) {
    const change = seen.get(loaded.id);
    if (!change || change.version <= loaded.version) merged.push(loaded);
    else if (!change.deleted) merged.push(shown.get(loaded.id) ?? loaded);
  }
  const loadedIds = new Set(fresh.map((claim) => claim.id));
  for (const [id, change] of seen) {
    const claim = shown.get(id);
    if (!loadedIds.has(id) && !change.deleted && claim) merged.push(claim);
  }
  return merged;
}
