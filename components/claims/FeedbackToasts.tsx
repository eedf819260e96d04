"use client";

import { useEffect, type MouseEvent } from "react";
import { toast } from "sonner";
import { UNDO_MS, type Feedback, type FeedbackStore } from "./feedback-store";

const DONE_MS = 4_000;

/** Shows each action's feedback as one toast that follows it from pending to done or error. */
export function FeedbackToasts({ store }: { store: FeedbackStore }) {
  useEffect(() => {
    let pendingId: string | null = null;
    return store.subscribe(() => {
      const feedback = store.get();
      if (!feedback) return;
      // A new action supersedes a pending toast of another one (a retry notice, say): its own
      // toast comes back if that action reports again.
      if (pendingId && pendingId !== feedback.actionId) toast.dismiss(pendingId);
      pendingId = feedback.kind === "pending" ? feedback.actionId : null;
      show(feedback);
    });
  }, [store]);
  return null;
}

/**
 * A toast's button: the focus first goes back to where it was before the toasts (sonner does
 * that when the focus leaves them), then the toast closes and the action runs, so the action can
 * move the focus on (to the claim it saved) and nothing moves it back later.
 */
function button(id: string, label: string, run: () => void) {
  return {
    label,
    onClick: (event: MouseEvent<HTMLButtonElement>) => {
      event.preventDefault(); // sonner would remove the toast while it still has the focus
      event.currentTarget.blur();
      toast.dismiss(id);
      run();
    },
  };
}

function show({ kind, message, actionId: id, retry, undo }: Feedback) {
  if (kind === "pending") toast.loading(message, { id, testId: "feedback" });
  else if (kind === "error") toast.error(message, { id, testId: "feedback", duration: Infinity, action: retry ? button(id, "Retry", retry) : undefined });
  else if (undo) toast.success(message, { id, testId: "feedback", duration: UNDO_MS, action: button(id, "Undo", undo) });
  else toast.success(message, { id, testId: "feedback", duration: DONE_MS });
}
