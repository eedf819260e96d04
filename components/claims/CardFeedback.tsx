"use client";

import { useEffect, useState } from "react";
import { useFeedbackOn, type FeedbackStore } from "./feedback-store";
import styles from "./CardFeedback.module.css";

const DONE_MS = 5_000;

/**
 * The last action's feedback on the card it was taken on, where the eyes are. Not a live region:
 * the toasts announce it once. "Done" fades after a few seconds; an error stays until dismissed or
 * superseded by the next action.
 */
export function CardFeedback({ store, claimId }: { store: FeedbackStore; claimId: string }) {
  const feedback = useFeedbackOn(store, claimId);
  const [hidden, setHidden] = useState<string | null>(null);
  const actionKey = feedback ? `${feedback.actionId}:${feedback.kind}` : null;
  useEffect(() => {
    if (!actionKey || !actionKey.endsWith(":done")) return;
    const timer = setTimeout(() => setHidden(actionKey), DONE_MS);
    return () => clearTimeout(timer);
  }, [actionKey]);
  if (!feedback || hidden === actionKey) return null;
  return (
    <p className={`${styles.feedback} ${styles[feedback.kind]}`} data-testid="card-feedback" data-kind={feedback.kind}>
      <span>{feedback.message}</span>
      {feedback.kind === "error" && feedback.retry ? (
        <button type="button" className="link-button" onClick={feedback.retry}>
          Retry
        </button>
      ) : null}
      {feedback.kind === "error" ? (
        <button type="button" className="link-button" onClick={() => setHidden(actionKey)} aria-label="Dismiss this message">
          Dismiss
        </button>
      ) : null}
    </p>
  );
}
