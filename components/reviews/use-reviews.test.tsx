import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { answerJson, stubFetch, type Answer } from "@/test/fake-fetch";
import { OMAR, buildClaimView, buildReviewView, uuid } from "@/test/views";
import { ReviewEvents } from "./review-context";
import { sendVerdict, useReviews } from "./use-reviews";

const CLAIM_ID = uuid(1);
const REVIEWS_PATH = `/api/claims/${CLAIM_ID}/reviews`;
const REVIEW_PATH = `/api/claims/${CLAIM_ID}/review`;
const AT = "2026-11-26T12:05:00.000Z";

/** The server: the reviews list answers whatever `reviews()` says at that moment. */
function serveReviews(reviews: () => { reviews: ReturnType<typeof buildReviewView>[]; hidden: number }, other: Answer = () => answerJson(500, {})) {
  return stubFetch((request) => (request.path === REVIEWS_PATH && request.method === "GET" ? answerJson(200, reviews()) : other(request)));
}

async function renderLoadedReviews(events = new ReviewEvents()) {
  const hook = renderHook(() => useReviews(CLAIM_ID, events));
  await waitFor(() => expect(hook.result.current.state).not.toBeNull());
  return { ...hook, events };
}

describe("useReviews", () => {
  it("loads the reviews I may see, and how many are hidden from me", async () => {
    const review = buildReviewView();
    serveReviews(() => ({ reviews: [review], hidden: 2 }));
    const { result } = await renderLoadedReviews();
    expect(result.current.state).toEqual({ reviews: [review], hidden: 2 });
    expect(result.current.error).toBeNull();
  });

  it("fetches them again when a review of its claim changes elsewhere, not for another claim", async () => {
    let answer = { reviews: [] as ReturnType<typeof buildReviewView>[], hidden: 1 };
    const server = serveReviews(() => answer);
    const { result, events } = await renderLoadedReviews();

    events.publish({ type: "review.recorded", actor: OMAR, at: AT, claimId: uuid(2), reviewer: OMAR });
    expect(server.to(REVIEWS_PATH)).toHaveLength(1);

    answer = { reviews: [buildReviewView({ reviewer: OMAR })], hidden: 0 };
    act(() => events.publish({ type: "review.recorded", actor: OMAR, at: AT, claimId: CLAIM_ID, reviewer: OMAR }));
    await waitFor(() => expect(result.current.state).toEqual(answer));
    expect(server.to(REVIEWS_PATH)).toHaveLength(2);
  });

  it("records my review, then shows the list again and tells the agreement panel", async () => {
    const mine = buildReviewView({ rating: "mostly-true", rationale: "Two sources." });
    let answer = { reviews: [] as (typeof mine)[], hidden: 0 };
    const server = serveReviews(() => answer, () => answerJson(200, { review: mine }));
    const { result, events } = await renderLoadedReviews();
    const agreement = vi.fn();
    events.subscribe(null, agreement);

    answer = { reviews: [mine], hidden: 0 };
    await act(() => result.current.record("mostly-true", "Two sources."));
    expect(server.to(REVIEW_PATH, "PUT").map((request) => request.body)).toEqual([{ rating: "mostly-true", rationale: "Two sources." }]);
    await waitFor(() => expect(result.current.state).toEqual(answer));
    expect(agreement).toHaveBeenCalledTimes(1);
  });

  it("withdraws my review, then shows the list again", async () => {
    const mine = buildReviewView();
    let answer = { reviews: [mine], hidden: 0 };
    const server = serveReviews(() => answer, () => answerJson(200, { review: mine }));
    const { result } = await renderLoadedReviews();

    answer = { reviews: [], hidden: 0 };
    await act(() => result.current.withdraw());
    expect(server.to(REVIEW_PATH, "DELETE")).toHaveLength(1);
    await waitFor(() => expect(result.current.state).toEqual(answer));
  });

  it("lets a refused review reach the caller without refreshing anything", async () => {
    const server = serveReviews(() => ({ reviews: [], hidden: 0 }), () => answerJson(403, { error: { code: "forbidden", message: "Viewers do not review." } }));
    const { result } = await renderLoadedReviews();
    await expect(result.current.record("false", "")).rejects.toMatchObject({ status: 403 });
    expect(server.to(REVIEWS_PATH)).toHaveLength(1);
  });

  it("says a failed load failed, and clears that once a reload works", async () => {
    const server = stubFetch(() => answerJson(500, { error: { code: "internal", message: "Broken." } }));
    const events = new ReviewEvents();
    const { result } = renderHook(() => useReviews(CLAIM_ID, events));
    await waitFor(() => expect(result.current.error).toContain("Broken."));
    expect(result.current.state).toBeNull();

    server.answer = () => answerJson(200, { reviews: [], hidden: 3 });
    await act(() => result.current.reload());
    expect(result.current.error).toBeNull();
    expect(result.current.state).toEqual({ reviews: [], hidden: 3 });
  });

  it("stops refreshing when the panel closes", async () => {
    const server = serveReviews(() => ({ reviews: [], hidden: 0 }));
    const { unmount, events } = await renderLoadedReviews();
    unmount();
    events.touch(CLAIM_ID);
    expect(server.to(REVIEWS_PATH)).toHaveLength(1);
  });
});

describe("sendVerdict", () => {
  it("sends the final verdict with the claim's version and answers the saved claim", async () => {
    const claim = buildClaimView({ id: CLAIM_ID, version: 4 });
    const saved = buildClaimView({ id: CLAIM_ID, version: 5, verdict: "false" });
    const server = stubFetch(() => answerJson(200, { claim: saved }));
    await expect(sendVerdict(claim, "false", "Contradicted by the report.")).resolves.toEqual(saved);
    expect(server.to(`/api/claims/${CLAIM_ID}/verdict`, "PUT").map((request) => request.body)).toEqual([{ version: 4, verdict: "false", rationale: "Contradicted by the report." }]);
  });
});
