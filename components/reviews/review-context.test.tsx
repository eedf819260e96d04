import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import type { LiveEventData } from "@/lib/realtime/live-event";
import { ARTICLE_ID, OMAR, buildClaimView, uuid } from "@/test/views";
import { ReviewEvents, ReviewProvider, useReviewContext, type ReviewContextValue } from "./review-context";

const AT = "2026-11-26T12:05:00.000Z";
const CLAIM = buildClaimView({ id: uuid(1) });

function listen(events: ReviewEvents) {
  const listeners = { claim: vi.fn(), otherClaim: vi.fn(), everything: vi.fn() };
  events.subscribe(CLAIM.id, listeners.claim);
  events.subscribe(uuid(2), listeners.otherClaim);
  events.subscribe(null, listeners.everything);
  return listeners;
}

const calls = (listeners: ReturnType<typeof listen>) => [listeners.claim.mock.calls.length, listeners.otherClaim.mock.calls.length, listeners.everything.mock.calls.length];

describe("ReviewEvents", () => {
  it.each<[string, LiveEventData]>([
    ["a review recorded", { type: "review.recorded", actor: OMAR, at: AT, claimId: CLAIM.id, reviewer: OMAR }],
    ["a review withdrawn", { type: "review.withdrawn", actor: OMAR, at: AT, claimId: CLAIM.id, reviewer: OMAR }],
    ["a final verdict", { type: "claim.updated", actor: OMAR, at: AT, claim: CLAIM, changes: { verdict: { from: null, to: "false" } } }],
  ])("refreshes the claim's panel and the agreement panel on %s", (_what, event) => {
    const events = new ReviewEvents();
    const listeners = listen(events);
    events.publish(event);
    expect(calls(listeners)).toEqual([1, 0, 1]);
  });

  it("refreshes every panel when the article's review policy changes", () => {
    const events = new ReviewEvents();
    const listeners = listen(events);
    events.publish({ type: "article.policy", actor: OMAR, at: AT, articleId: ARTICLE_ID, changes: { reviewPolicy: { from: "open", to: "blind" } } });
    expect(calls(listeners)).toEqual([1, 1, 1]);
  });

  it("leaves the panels alone for changes that do not touch reviews", () => {
    const events = new ReviewEvents();
    const listeners = listen(events);
    events.publish({ type: "claim.updated", actor: OMAR, at: AT, claim: CLAIM, changes: { summary: { from: null, to: "New." } } });
    events.publish({ type: "claim.created", actor: OMAR, at: AT, claim: CLAIM });
    expect(calls(listeners)).toEqual([0, 0, 0]);
  });

  it("refreshes my own claim's panel when I touch it, and stops telling a listener that unsubscribed", () => {
    const events = new ReviewEvents();
    const listener = vi.fn();
    const unsubscribe = events.subscribe(CLAIM.id, listener);
    const unsubscribeEverything = events.subscribe(null, listener);
    events.touch(CLAIM.id);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    unsubscribeEverything();
    events.touchAll();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe("useReviewContext", () => {
  it("reads the provider's value", () => {
    const value: ReviewContextValue = { articleId: ARTICLE_ID, policy: "blind", events: new ReviewEvents(), disagreements: new Set([CLAIM.id]) };
    const wrapper = ({ children }: { children: ReactNode }) => <ReviewProvider value={value}>{children}</ReviewProvider>;
    expect(renderHook(() => useReviewContext(), { wrapper }).result.current).toBe(value);
  });

  it("fails loudly outside a provider instead of showing a panel without its article", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => renderHook(() => useReviewContext())).toThrow(/outside a ReviewProvider/);
  });
});
