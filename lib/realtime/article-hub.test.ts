import { describe, expect, it, vi } from "vitest";
import { ArticleHub, type HubSource } from "./article-hub";
import type { LiveEvent } from "./live-event";

const ARTICLE = "0193f3c4-5b6a-7c8d-9e0f-000000000001";

/** An in-memory event log for one article; `readSince` can be held to race a write against it. */
function memorySource(pageSize = 3) {
  const log: LiveEvent[] = [];
  let hold: Promise<void> | null = null;
  const source: HubSource & { append: () => string; holdReads: () => () => void } = {
    pageSize,
    readSince: vi.fn(async (_articleId: string, afterId: bigint) => {
      const snapshot = log.filter((event) => BigInt(event.id) > afterId).slice(0, pageSize);
      await hold;
      return snapshot;
    }),
    latestId: async () => BigInt(log.at(-1)?.id ?? 0),
    readPresence: async () => [],
    append: () => {
      const id = String(log.length + 1);
      log.push({ id, data: { type: "claim.deleted", actor: null, at: new Date(0).toISOString() } as unknown as LiveEvent["data"] });
      return id;
    },
    holdReads: () => {
      let release = () => {};
      hold = new Promise((resolve) => (release = resolve));
      return () => {
        hold = null;
        release();
      };
    },
  };
  return source;
}

function recorder() {
  const ids: string[] = [];
  return { ids, subscriber: { send: (event: LiveEvent) => ids.push(event.id), sendPresence: () => {} } };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("ArticleHub", () => {
  it("replays everything after the given id, page by page, then delivers live events once each", async () => {
    const source = memorySource(3);
    for (let i = 0; i < 7; i++) source.append();
    const hub = new ArticleHub(source);
    const { ids, subscriber } = recorder();
    await hub.subscribe(ARTICLE, subscriber, 2n);
    expect(ids).toEqual(["3", "4", "5", "6", "7"]);

    source.append();
    hub.notifyEvent(ARTICLE);
    hub.notifyEvent(ARTICLE); // a second notification for the same event delivers nothing twice
    await settle();
    expect(ids).toEqual(["3", "4", "5", "6", "7", "8"]);
  });

  it("starts from now without an id", async () => {
    const source = memorySource();
    source.append();
    const hub = new ArticleHub(source);
    const { ids, subscriber } = recorder();
    await hub.subscribe(ARTICLE, subscriber, null);
    source.append();
    hub.notifyEvent(ARTICLE);
    await settle();
    expect(ids).toEqual(["2"]);
  });

  it("keeps an event committed while the replay is being read, and sends it after the replay, once", async () => {
    const source = memorySource(10);
    source.append();
    const hub = new ArticleHub(source);
    const early = recorder();
    await hub.subscribe(ARTICLE, early.subscriber, null); // the channel exists and is live

    const release = source.holdReads();
    const late = recorder();
    const subscribing = hub.subscribe(ARTICLE, late.subscriber, 0n); // its replay read is held
    source.append(); // committed meanwhile: the live path delivers it...
    hub.notifyEvent(ARTICLE);
    release();
    await subscribing;
    await settle();
    expect(late.ids).toEqual(["1", "2"]); // ...after the replay, and not twice
    expect(early.ids).toEqual(["2"]);
  });

  it("catches up every channel after the listener reconnects, and forgets an article nobody follows", async () => {
    const source = memorySource();
    const hub = new ArticleHub(source);
    const { ids, subscriber } = recorder();
    const unsubscribe = await hub.subscribe(ARTICLE, subscriber, null);
    source.append(); // its notification was lost
    hub.catchUp();
    await settle();
    expect(ids).toEqual(["1"]);
    unsubscribe();
    expect(hub.subscriberCounts).toEqual({});
  });

  it("misses nothing when an event commits between a new channel's first look at the log and a stream's replay", async () => {
    const source = memorySource();
    let releaseLatest = () => {};
    const held = new Promise<void>((resolve) => (releaseLatest = resolve));
    const latest = source.latestId;
    source.latestId = async (articleId) => {
      await held;
      return latest(articleId);
    };
    const hub = new ArticleHub(source);
    const { ids, subscriber } = recorder();
    const subscribing = hub.subscribe(ARTICLE, subscriber, 0n);
    source.append(); // commits while the channel is still finding where the log stands
    releaseLatest();
    await subscribing;
    hub.notifyEvent(ARTICLE);
    await settle();
    expect(ids).toEqual(["1"]);
  });
});
