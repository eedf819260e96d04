"use client";

import { useSyncExternalStore } from "react";

export type Feedback = { kind: "pending" | "done" | "error"; message: string; retry?: () => void };

/**
 * The one-line feedback for the last action, kept outside React state so that only the line that
 * shows it re-renders: "Saving…" must not re-render a sidebar of thousands of claims while the
 * request is in flight and the new highlight is waiting to be drawn.
 */
export type FeedbackStore = {
  get: () => Feedback | null;
  set: (feedback: Feedback | null) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createFeedbackStore(): FeedbackStore {
  let current: Feedback | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(feedback) {
      current = feedback;
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
