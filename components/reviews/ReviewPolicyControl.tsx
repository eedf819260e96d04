"use client";

import { useId, useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import type { Actor } from "@/lib/policies/actor";
import { canSetReviewPolicy } from "@/lib/policies/permissions";
import type { ReviewPolicy } from "@/lib/validation/reviews";
import { ZArticleAnswer } from "@/lib/views/article";
import styles from "./reviews.module.css";

const DESCRIPTIONS: Record<ReviewPolicy, string> = {
  open: "Open review: everyone sees every review; a claim's author sets its verdict.",
  blind: "Blind review: each reviewer sees the others' reviews only after recording their own; editors set final verdicts.",
};

/** The article's review policy: changed by editors, explained to everyone. */
export function ReviewPolicyControl({ articleId, policy, actor, onChange }: { articleId: string; policy: ReviewPolicy; actor: Actor; onChange: (policy: ReviewPolicy) => void }) {
  const name = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<ReviewPolicy | null>(null);
  if (!canSetReviewPolicy(actor)) {
    return (
      <p className={`${styles.policy} muted`} data-testid="review-policy">
        {DESCRIPTIONS[policy]}
      </p>
    );
  }
  const choose = async (next: ReviewPolicy) => {
    setPending(next);
    setError(null);
    try {
      const { article } = await apiFetch(`/api/articles/${articleId}/review-policy`, { method: "PUT", body: { policy: next }, answer: ZArticleAnswer });
      onChange(article.reviewPolicy);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Could not change the review policy. Try again.");
    } finally {
      setPending(null);
    }
  };
  return (
    <div className={styles.policy} data-testid="review-policy">
      <fieldset disabled={pending !== null}>
        <legend className="visually-hidden">Review policy</legend>
        <span aria-hidden="true">Reviews:</span>
        {(["open", "blind"] as const).map((option) => (
          <label key={option}>
            <input type="radio" name={name} value={option} checked={(pending ?? policy) === option} onChange={() => void choose(option)} /> {option === "open" ? "Open" : "Blind"}
          </label>
        ))}
      </fieldset>
      <span className="muted small">{DESCRIPTIONS[pending ?? policy]}</span>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
