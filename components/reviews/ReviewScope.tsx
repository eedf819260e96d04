"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import type { ReviewPolicy } from "@/lib/validation/reviews";
import { ZAgreementView, type AgreementView } from "@/lib/views/agreement";
import { ReviewProvider, type ReviewEvents } from "./review-context";
import { AgreementContext } from "./agreement-context";

/** How long to let a burst of review events settle before fetching the figures again. */
const SETTLE_MS = 400;

/** The article's review policy, review events and agreement figures, for everything inside it. */
export function ReviewScope({ articleId, policy, events, children }: { articleId: string; policy: ReviewPolicy; events: ReviewEvents; children: ReactNode }) {
  const [agreement, setAgreement] = useState<AgreementView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () =>
      apiFetch(`/api/articles/${articleId}/agreement`, { answer: ZAgreementView }).then(
        (figures) => {
          setAgreement(figures);
          setError(null);
        },
        (caught: unknown) => setError(caught instanceof ApiError ? caught.message : "Could not load the agreement figures."),
      ),
    [articleId],
  );
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    void load();
    const unsubscribe = events.subscribe(null, () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void load(), SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer.current);
    };
  }, [events, load]);

  const disagreements = useMemo(() => new Set(agreement?.disagreements ?? []), [agreement]);
  const review = useMemo(() => ({ articleId, policy, events, disagreements }), [articleId, policy, events, disagreements]);
  const figures = useMemo(() => ({ agreement, error, reload: load }), [agreement, error, load]);
  return (
    <ReviewProvider value={review}>
      <AgreementContext.Provider value={figures}>{children}</AgreementContext.Provider>
    </ReviewProvider>
  );
}
