import { describe, expect, it } from "vitest";
import { SseReader } from "@/test/sse-reader";
import { ArticleHub } from "./article-hub";
import { articleEventStream } from "./event-stream";
import { isShuttingDown, onShutdown, SHUTDOWN_EVENT } from "./shutdown";

const ARTICLE = "0193f3c4-5b6a-7c8d-9e0f-000000000002";
const source = { pageSize: 100, readSince: async () => [], latestId: async () => 0n, readPresence: async () => [] };

describe("shutdown", () => {
  it("ends every open stream with a spread-out retry hint, and calls later listeners at once", async () => {
    const hub = new ArticleHub(source);
    const readers = Array.from({ length: 3 }, () => {
      const stream = articleEventStream({ hub, articleId: ARTICLE, lastEventId: null, signal: new AbortController().signal, isStillAllowed: async () => true });
      return new SseReader(stream);
    });
    for (const reader of readers) expect((await reader.next(1_000))?.event).toBe("presence");
    expect(hub.subscriberCounts).toEqual({ [ARTICLE]: 3 });
    const removed: string[] = [];
    const unsubscribe = onShutdown(() => removed.push("removed"));
    unsubscribe();
    expect(isShuttingDown()).toBe(false);

    process.emit(SHUTDOWN_EVENT as "SIGTERM");

    expect(isShuttingDown()).toBe(true);
    for (const reader of readers) {
      let message = await reader.next(1_000);
      while (message?.event === "presence") message = await reader.next(1_000);
      expect(message).toBeNull(); // ended
      expect(reader.comments).toContain("the server is restarting");
      expect(reader.retry).toBeGreaterThanOrEqual(1_000);
      expect(reader.retry).toBeLessThan(3_000);
    }
    expect(hub.subscriberCounts).toEqual({});
    expect(removed).toEqual([]);
    let late = 0;
    onShutdown(() => (late += 1));
    expect(late).toBe(1);
  });
});
