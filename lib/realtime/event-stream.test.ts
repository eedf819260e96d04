import { describe, expect, it } from "vitest";
import { SseReader } from "@/test/sse-reader";
import { ArticleHub } from "./article-hub";
import { articleEventStream, eventFrame, presenceFrame } from "./event-stream";
import type { LiveEvent } from "./live-event";

const ARTICLE = "0193f3c4-5b6a-7c8d-9e0f-000000000001";
const source = { pageSize: 100, readSince: async () => [], latestId: async () => 0n, readPresence: async () => [] };

function streamWith(isStillAllowed: () => Promise<boolean>, controller = new AbortController()) {
  const hub = new ArticleHub(source);
  const stream = articleEventStream({ hub, articleId: ARTICLE, lastEventId: null, signal: controller.signal, isStillAllowed, heartbeatMs: 30 });
  return { hub, reader: new SseReader(stream), controller };
}

describe("articleEventStream", () => {
  it("frames an event with its id, type and JSON data, and presence without an id", () => {
    const event = { id: "42", data: { type: "claim.deleted", actor: { id: "u", name: "Ana" }, at: "2026-12-01T00:00:00.000Z" } } as unknown as LiveEvent;
    expect(eventFrame(event)).toBe(`id: 42\nevent: claim.deleted\ndata: ${JSON.stringify(event.data)}\n\n`);
    expect(presenceFrame([])).toBe('event: presence\ndata: {"users":[]}\n\n');
  });

  it("sends heartbeats while its user may read, and closes once they may not (signed out, demoted, revoked)", async () => {
    let isAllowed = true;
    const { reader, hub } = streamWith(async () => isAllowed);
    expect((await reader.next(1_000))?.event).toBe("presence");
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(reader.next(50)).rejects.toThrow(/No SSE message/); // open, quiet
    expect(reader.comments.filter((comment) => comment === "heartbeat").length).toBeGreaterThanOrEqual(2);
    expect(hub.subscriberCounts).toEqual({ [ARTICLE]: 1 });

    isAllowed = false;
    expect(await reader.next(1_000)).toBeNull(); // the stream ended
    expect(hub.subscriberCounts).toEqual({});
  });

  it("keeps the stream when the check itself fails (the database is away), and leaves the hub when the client goes", async () => {
    const { reader, hub, controller } = streamWith(async () => {
      throw new Error("database unreachable");
    });
    expect((await reader.next(1_000))?.event).toBe("presence");
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(reader.next(50)).rejects.toThrow(/No SSE message/); // still open
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(hub.subscriberCounts).toEqual({});
  });
});
