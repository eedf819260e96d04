import { describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-fetch";
import { MAX_SAVE_RETRIES, saveRetryDelayMs, sendRetrying } from "./save-retry";

const unavailable = (retryAfterSeconds: number | null) => new ApiError(503, "unavailable", "The database is unreachable.", undefined, undefined, retryAfterSeconds);

describe("saveRetryDelayMs", () => {
  it("waits what Retry-After says, then backs off up to 30 s", () => {
    const delays = Array.from({ length: MAX_SAVE_RETRIES }, (_, attempt) => saveRetryDelayMs(unavailable(5), attempt));
    expect(delays).toEqual([5_000, 5_000, 5_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it("never retries sooner than Retry-After", () => {
    expect(saveRetryDelayMs(unavailable(20), 0)).toBe(20_000);
    expect(saveRetryDelayMs(unavailable(0), 0)).toBe(1_000);
  });

  it("gives up after the last attempt, so the user is asked", () => {
    expect(saveRetryDelayMs(unavailable(5), MAX_SAVE_RETRIES)).toBeNull();
  });

  it("retries only a 503 that said when to try again", () => {
    expect(saveRetryDelayMs(unavailable(null), 0)).toBeNull();
    expect(saveRetryDelayMs(new ApiError(500, "internal", "Bug.", undefined, undefined, 5), 0)).toBeNull();
    expect(saveRetryDelayMs(new ApiError(409, "conflict", "Newer."), 0)).toBeNull();
    expect(saveRetryDelayMs(new ApiError(0, "network", "Offline."), 0)).toBeNull();
    expect(saveRetryDelayMs(new Error("boom"), 0)).toBeNull();
  });
});

describe("sendRetrying", () => {
  const noWait = async () => {};

  it("sends again while the database is unreachable, saying so before each wait, and answers the first success", async () => {
    const answers = [unavailable(5), unavailable(5), "saved"];
    const send = vi.fn(async () => {
      const next = answers.shift();
      if (next instanceof Error) throw next;
      return next;
    });
    const waits: number[] = [];
    await expect(sendRetrying(send, (delayMs) => waits.push(delayMs), noWait)).resolves.toBe("saved");
    expect(send).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([5_000, 5_000]);
  });

  it("rethrows at once what retrying cannot change", async () => {
    const conflict = new ApiError(409, "conflict", "Newer.");
    const onRetrying = vi.fn();
    await expect(sendRetrying(async () => Promise.reject(conflict), onRetrying, noWait)).rejects.toBe(conflict);
    expect(onRetrying).not.toHaveBeenCalled();
  });

  it("rethrows the last 503 after the last attempt", async () => {
    const send = vi.fn(async () => Promise.reject(unavailable(5)));
    await expect(sendRetrying(send, () => {}, noWait)).rejects.toMatchObject({ status: 503 });
    expect(send).toHaveBeenCalledTimes(MAX_SAVE_RETRIES + 1);
  });
});
