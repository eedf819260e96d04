import { describe, expect, it } from "vitest";
import type { LiveEventData } from "@/lib/realtime/live-event";
import type { ClaimView } from "@/lib/views/claim";
import { buildClaimView, buildSourceView, OMAR, uuid } from "@/test/views";
import { applyClaimEvent } from "./apply-claim-event";

const AT = "2026-12-02T03:00:00.000Z";

/** Applies events in order to `claims` and gives what the store would show. */
function apply(claims: ClaimView[], ...events: LiveEventData[]): ClaimView[] {
  let shown = claims;
  const target = {
    setClaims: (next: ClaimView[] | ((current: ClaimView[]) => ClaimView[])) => void (shown = typeof next === "function" ? next(shown) : next),
    withSources: (claimId: string, update: (sources: ClaimView["sources"]) => ClaimView["sources"]) => void (shown = shown.map((claim) => (claim.id === claimId ? { ...claim, sources: update(claim.sources) } : claim))),
    markRecent: () => {},
    noteChange: () => {},
  };
  for (const event of events) applyClaimEvent(event, target);
  return shown;
}

describe("applyClaimEvent", () => {
  it("puts a colleague's restored source back on its claim, in the order the sources were added", () => {
    const claim = buildClaimView();
    const first = buildSourceView({ id: uuid(201), claimId: claim.id, createdAt: "2026-12-01T10:00:00.000Z" });
    const second = buildSourceView({ id: uuid(202), claimId: claim.id, createdAt: "2026-12-01T11:00:00.000Z" });
    const shown = [{ ...claim, sources: [second] }];
    const restored: LiveEventData = { type: "source.restored", actor: OMAR, at: AT, source: { ...first, version: 3 } };
    expect(apply(shown, restored)[0]!.sources.map((source) => source.id)).toEqual([first.id, second.id]);
  });

  it("keeps a source restored after its removal, whichever event arrives first", () => {
    const claim = buildClaimView();
    const source = buildSourceView({ claimId: claim.id });
    const removed: LiveEventData = { type: "source.deleted", actor: OMAR, at: AT, source: { ...source, version: 2 } };
    const restored: LiveEventData = { type: "source.restored", actor: OMAR, at: AT, source: { ...source, version: 3 } };
    const shown = [{ ...claim, sources: [source] }];
    expect(apply(shown, removed, restored)[0]!.sources.map((each) => each.version)).toEqual([3]);
    expect(apply(shown, restored, removed)[0]!.sources.map((each) => each.version)).toEqual([3]);
  });
});
