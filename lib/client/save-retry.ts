/**
 * When a write the server could not take is sent again by itself: only on the server's word (a 503
 * with `Retry-After`, which is what an unreachable database answers), never sooner than it says,
 * backing off, for about three minutes; after that the user is asked. A refusal, or a 503 without
 * `Retry-After`, is not retried unasked.
 */
import { ApiError } from "./api-fetch";

/** Attempts after the first, at most (about three minutes with `Retry-After: 5`). */
export const MAX_SAVE_RETRIES = 10;
const MAX_DELAY_MS = 30_000;

/** How long to wait before sending again after `error` ended attempt `attempt` (0: the first), or null: do not. */
export function saveRetryDelayMs(error: unknown, attempt: number): number | null {
  if (!(error instanceof ApiError) || error.status !== 503 || error.retryAfterSeconds === null || attempt >= MAX_SAVE_RETRIES) return null;
  const backoffMs = 1_000 * 2 ** attempt;
  return Math.min(MAX_DELAY_MS, Math.max(error.retryAfterSeconds * 1_000, backoffMs));
}

/**
 * Runs `send` again while it fails with what saveRetryDelayMs retries, waiting as it says; calls
 * `onRetrying` before each wait (to say so). Rethrows the last failure. `send` must be safe to
 * repeat: a create carries the same Idempotency-Key on every attempt.
 */
export async function sendRetrying<T>(send: () => Promise<T>, onRetrying: (delayMs: number) => void, sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const delayMs = saveRetryDelayMs(error, attempt);
      if (delayMs === null) throw error;
      onRetrying(delayMs);
      await sleep(delayMs);
    }
  }
}
