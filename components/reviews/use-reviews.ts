"use client";

import { useCallback, useEffect, useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import type { Verdict } from "@/lib/validation/verdicts";
import { ZClaimAnswer, type ClaimView } from "@/lib/views/claim";
import { ZReviewAnswer, ZReviewListAnswer, type ReviewListAnswer } from "@/lib/views/review";
import type { ReviewEvents } from "./review-context";

/** Records (or changes) my own review of a claim. */
export async function sendReview(claimId: string, rating: Verdict, rationale?: string | null) {
  const { review } = await apiFetch(`/api/claims/${claimId}/review`, { method: "PUT", body: { rating, rationale: rationale ?? null }, answer: ZReviewAnswer });
  return review;
}

/** Sets (or clears) a claim's final verdict: who rules is recorded, a re-check flag cleared. */
export async function sendVerdict(claim: ClaimView, verdict: Verdict | null, rationale?: string) {
  const { claim: saved } = await apiFetch(`/api/claims/${claim.id}/verdict`, { method: "PUT", body: { version: claim.version, verdict, rationale }, answer: ZClaimAnswer });
  return saved;
}

/** A claim's reviews as I may see them: loaded when its card opens, fetched again when they change. */
export function useReviews(claimId: string, events: ReviewEvents) {
  const [state, setState] = useState<ReviewListAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    () =>
      apiFetch(`/api/claims/${claimId}/reviews`, { answer: ZReviewListAnswer }).then(
        (answer) => {
          setError(null);
          setState(answer);
        },
        (caught: unknown) => setError(caught instanceof ApiError ? `Could not load the reviews: ${caught.message}` : "Could not load the reviews."),
      ),
    [claimId],
  );

  useEffect(() => {
    void load();
    return events.subscribe(claimId, () => void load());
  }, [claimId, events, load]);

  const withdraw = async () => {
    await apiFetch(`/api/claims/${claimId}/review`, { method: "DELETE", answer: ZReviewAnswer });
    events.touch(claimId);
  };
  const record = async (rating: Verdict, rationale: string) => {
    await sendReview(claimId, rating, rationale);
    events.touch(claimId);
  };
  return { state, error, reload: load, record, withdraw };
}
