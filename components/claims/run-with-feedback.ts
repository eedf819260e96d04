"use client";

import { ApiError } from "@/lib/client/api-fetch";
import { newActionId, type FeedbackInput } from "./feedback-store";

export type FeedbackContext = { setFeedback: (feedback: FeedbackInput) => void; showCurrent: (current: unknown) => boolean };

/** What to say once an action succeeded: a message, or one built from its result (with an Undo, or the claim it made). */
export type Done<T> = string | ((result: T) => { message: string; undo?: () => void; claimId?: string });

export type ActionFeedback<T> = { pending: string; done: Done<T>; claimId?: string };

/**
 * Runs one action with "pending / done / error" feedback, on the claim's card and in the toasts,
 * and never throws. Network and server failures offer a retry; a conflict instead shows the stored
 * claim, which the user must see first.
 */
export async function runWithFeedback<T>(context: FeedbackContext, feedback: ActionFeedback<T>, action: () => Promise<T>): Promise<T | null> {
  const { pending, done, claimId } = feedback;
  const actionId = newActionId();
  context.setFeedback({ kind: "pending", message: pending, claimId, actionId });
  try {
    const result = await action();
    const said = typeof done === "string" ? { message: done } : done(result);
    context.setFeedback({ kind: "done", claimId, actionId, ...said });
    return result;
  } catch (error) {
    const apiError = error instanceof ApiError ? error : null;
    if (apiError?.status === 409 && context.showCurrent(apiError.body?.current)) {
      context.setFeedback({ kind: "error", message: `${apiError.message} The form now shows their version; your unsaved values are kept.`, claimId, actionId });
      return null;
    }
    const isRetryable = !apiError || apiError.isNetworkError || apiError.status >= 500;
    context.setFeedback({
      kind: "error",
      message: apiError?.message ?? "Something went wrong. Try again.",
      retry: isRetryable ? () => void runWithFeedback(context, feedback, action) : undefined,
      claimId,
      actionId,
    });
    return null;
  }
}
