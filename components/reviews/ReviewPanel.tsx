"use client";

import { LoadError } from "@/components/ui/LoadError";
import { useId, useState, type FormEvent } from "react";
import { VerdictBadge } from "@/components/claims/VerdictBadge";
import type { ClaimActions } from "@/components/claims/use-claim-store";
import { ApiError } from "@/lib/client/api-fetch";
import type { Actor } from "@/lib/policies/actor";
import { canRecordReview, canSetVerdict } from "@/lib/policies/permissions";
import { VerdictOptions } from "@/components/claims/VerdictOptions";
import { VERDICT_LABELS, type Verdict } from "@/lib/validation/verdicts";
import type { ClaimView } from "@/lib/views/claim";
import type { ReviewView } from "@/lib/views/review";
import { useReviewContext } from "./review-context";
import { sendVerdict, useReviews } from "./use-reviews";
import styles from "./reviews.module.css";

type Props = { claim: ClaimView; actor: Actor; actions: ClaimActions };

/**
 * A claim's independent reviews: the ones I may see side by side, how many are hidden from me
 * (blind, until I record mine), my own review to record or change, and, for whoever may rule, the
 * final verdict with the reviews in view.
 */
export function ReviewPanel({ claim, actor, actions }: Props) {
  const { policy, events } = useReviewContext();
  const { state, error, reload, record, withdraw } = useReviews(claim.id, events);
  const mine = state?.reviews.find((review) => review.reviewer.id === actor.id) ?? null;
  const others = state?.reviews.filter((review) => review.reviewer.id !== actor.id) ?? [];
  const mayRule = canSetVerdict(actor, { createdById: claim.createdBy.id }, policy);
  return (
    <section className={styles.reviews} aria-label="Reviews" data-testid="review-panel">
      <h4>
        Reviews {state ? <span className="count">{state.reviews.length + state.hidden}</span> : null}
        {policy === "blind" ? <span className={styles.policyTag}>Blind</span> : null}
      </h4>
      {error ? (
        <LoadError message={error} onRetry={() => void reload()} />
      ) : !state ? (
        <p className="muted small" aria-busy="true">
          Loading reviews…
        </p>
      ) : (
        <>
          {state.hidden > 0 ? (
            <p className={styles.hidden} data-testid="reviews-hidden">
              {state.hidden} review{state.hidden === 1 ? "" : "s"} hidden until you record yours.
            </p>
          ) : null}
          {others.length === 0 && state.hidden === 0 && !mine ? <p className="muted small">No reviews yet.</p> : null}
          {others.length ? (
            <ul className={styles.list} data-testid="review-list">
              {others.map((review) => (
                <ReviewItem key={review.id} review={review} />
              ))}
            </ul>
          ) : null}
          {canRecordReview(actor) ? <MyReview mine={mine} onRecord={record} onWithdraw={withdraw} /> : null}
          {mayRule && policy === "blind" ? <FinalVerdict claim={claim} actions={actions} /> : null}
        </>
      )}
    </section>
  );
}

function ReviewItem({ review }: { review: ReviewView }) {
  return (
    <li className={`review ${styles.review}`}>
      <span className="review-head">
        <strong>{review.reviewer.name}</strong> <VerdictBadge verdict={review.rating} />
        {review.madeBlind ? <span className="muted small"> · made blind</span> : null}
      </span>
      {review.rationale ? <p className={styles.rationale}>{review.rationale}</p> : null}
    </li>
  );
}

function MyReview({ mine, onRecord, onWithdraw }: { mine: ReviewView | null; onRecord: (rating: Verdict, rationale: string) => Promise<void>; onWithdraw: () => Promise<void> }) {
  const id = useId();
  const [rating, setRating] = useState<Verdict | "">(mine?.rating ?? "");
  const [rationale, setRationale] = useState(mine?.rationale ?? "");
  const [status, setStatus] = useState<{ kind: "idle" | "busy" | "done" | "error"; message?: string }>({ kind: "idle" });
  // My review changed on the server (saved here, or in another tab): the form follows it, and what
  // it said about the save stays.
  const [seen, setSeen] = useState(mine?.updatedAt ?? null);
  if ((mine?.updatedAt ?? null) !== seen && status.kind !== "busy") {
    setSeen(mine?.updatedAt ?? null);
    setRating(mine?.rating ?? "");
    setRationale(mine?.rationale ?? "");
  }
  const attempt = async (work: () => Promise<void>, done: string) => {
    setStatus({ kind: "busy" });
    try {
      await work();
      setStatus({ kind: "done", message: done });
    } catch (caught) {
      setStatus({ kind: "error", message: caught instanceof ApiError ? caught.message : "Could not save your review. Try again." });
    }
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!rating) return setStatus({ kind: "error", message: "Choose a rating." });
    void attempt(() => onRecord(rating, rationale), mine ? "Your review was changed." : "Your review was recorded.");
  };
  return (
    <form className={styles.myReview} onSubmit={handleSubmit} aria-label="My review" noValidate>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-rating`}>{mine ? "My rating" : "Record my rating"}</label>
          <select id={`${id}-rating`} value={rating} onChange={(event) => setRating(event.target.value as Verdict | "")}>
            <VerdictOptions empty="Choose…" />
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-rationale`}>My reasons</label>
        <textarea id={`${id}-rationale`} rows={2} value={rationale} onChange={(event) => setRationale(event.target.value)} placeholder="What the sources show" />
      </div>
      <button type="submit" className="button" disabled={status.kind === "busy"}>
        {status.kind === "busy" ? "Saving…" : mine ? "Change my review" : "Record my review"}
      </button>{" "}
      {mine ? (
        <button type="button" className="link-button" disabled={status.kind === "busy"} onClick={() => void attempt(onWithdraw, "Your review was withdrawn.")}>
          Withdraw
        </button>
      ) : null}
      <span className={`small ${status.kind === "error" ? "field-error" : "muted"}`} role="status">
        {" "}
        {status.message}
      </span>
    </form>
  );
}

/** The editor's ruling under a blind policy, with the reviews above it. */
function FinalVerdict({ claim, actions }: { claim: ClaimView; actions: ClaimActions }) {
  const id = useId();
  const [verdict, setVerdict] = useState<Verdict | "">(claim.verdict ?? "");
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    try {
      const saved = await sendVerdict(claim, verdict || null);
      actions.showClaim(saved);
      setMessage({ isError: false, text: saved.verdict ? `Final verdict: ${VERDICT_LABELS[saved.verdict]}.` : "Final verdict cleared." });
    } catch (caught) {
      setMessage({ isError: true, text: caught instanceof ApiError ? caught.message : "Could not set the verdict. Try again." });
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <form className={styles.finalVerdict} onSubmit={(event) => void handleSubmit(event)} aria-label="Final verdict">
      <div className="field">
        <label htmlFor={`${id}-verdict`}>Final verdict</label>
        <select id={`${id}-verdict`} value={verdict} onChange={(event) => setVerdict(event.target.value as Verdict | "")}>
          <VerdictOptions empty="No verdict yet" />
        </select>
      </div>
      <button type="submit" className="button button-primary" disabled={isBusy}>
        {isBusy ? "Ruling…" : "Rule"}
      </button>
      {claim.ruling ? (
        <span className="muted small"> Last ruled by {claim.ruling.by.name}.</span>
      ) : null}
      {message ? (
        <span className={`small ${message.isError ? "field-error" : "muted"}`} role="status">
          {" "}
          {message.text}
        </span>
      ) : null}
    </form>
  );
}
