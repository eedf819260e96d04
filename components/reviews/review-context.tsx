"use client";

import { createContext, useContext } from "react";
import type { LiveEventData } from "@/lib/realtime/live-event";
import type { ReviewPolicy } from "@/lib/validation/reviews";

type Listener = () => void;

/**
 * Tells the open review panels, and the agreement panel, when what they show may have changed: a
 * review recorded or withdrawn (the events carry no rating: the panel fetches what it may see), a
 * final verdict (everyone may see the reviews then), or the article's policy.
 */
export class ReviewEvents {
  private readonly byClaim = new Map<string, Set<Listener>>();
  private readonly everything = new Set<Listener>();

  publish(event: LiveEventData): void {
    if (event.type === "article.policy") return this.touchAll();
    const claimId =
      event.type === "review.recorded" || event.type === "review.withdrawn" ? event.claimId : event.type === "claim.updated" && event.changes.verdict ? event.claim.id : null;
    if (claimId) this.touch(claimId);
  }

  /** A change made here (my own review): the same refresh as for a live event. */
  touch(claimId: string): void {
    for (const listener of this.byClaim.get(claimId) ?? []) listener();
    for (const listener of this.everything) listener();
  }

  touchAll(): void {
    for (const set of this.byClaim.values()) for (const listener of set) listener();
    for (const listener of this.everything) listener();
  }

  subscribe(claimId: string | null, listener: Listener): () => void {
    if (claimId === null) {
      this.everything.add(listener);
      return () => this.everything.delete(listener);
    }
    const set = this.byClaim.get(claimId) ?? new Set();
    set.add(listener);
    this.byClaim.set(claimId, set);
    return () => set.delete(listener);
  }
}

export type ReviewContextValue = {
  articleId: string;
  policy: ReviewPolicy;
  events: ReviewEvents;
  /** Claims whose reviewers disagree (those whose reviews I may see), from the agreement figures. */
  disagreements: ReadonlySet<string>;
};

const ReviewContext = createContext<ReviewContextValue | null>(null);
export const ReviewProvider = ReviewContext.Provider;

export function useReviewContext(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error("useReviewContext outside a ReviewProvider");
  return value;
}
