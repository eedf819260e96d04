"use client";

import { useSyncExternalStore } from "react";

export type Feedback = {
  kind: "pending" | "done" | "error";
  message: string;
  retry?: () => void;
  /** Takes the action back (a delete), offered for UNDO_MS. */
  undo?: () => void;
  /** The claim the action was on: its card shows the feedback too, where the action happened. */
  claimId?: string;
  /** One action's pending, done and error share it, so one toast follows the action through. */
  actionId: string;
};

export type FeedbackInput = Omit<Feedback, "actionId"> & { actionId?: string };

/** How long "Deleted. Undo" stays offered. */
export const UNDO_MS = 10_000;

/**
 * The feedback for the last action, kept outside React state so that only what shows it
 * re-renders: "Saving…" must not re-render a sidebar of thousands of claims while the request is
 * in flight and the new highlight is waiting to be drawn.
 */
export type FeedbackStore = {
  get: () => Feedback | null;
  set: (feedback: FeedbackInput | null) => void;
  subscribe: (listener: () => void) => () => void;
};

let lastActionId = 0;
/** A new action's id, for the pending, done and error of one action. */
export const newActionId = () => `action-${++lastActionId}`;

export function createFeedbackStore(): FeedbackStore {
  let current: Feedback | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(feedback) {
      current = feedback ? { ...feedback, actionId: feedback.actionId ?? newActionId() } : null;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useFeedback(store: FeedbackStore): Feedback | null {
  return useSyncExternalStore(store.subscribe, store.get, () => null);
}

/** The last action's feedback if it was on this claim, else null: only that card re-renders. */
export function useFeedbackOn(store: FeedbackStore, claimId: string): Feedback | null {
  const onClaim = () => {
    const feedback = store.get();
    return feedback?.claimId === claimId ? feedback : null;
  };
  return useSyncExternalStore(store.subscribe, onClaim, () => null);
}
