import { act, renderHook } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PresenceUser } from "@/lib/views/presence";
import { ARTICLE_ID, OMAR, buildClaimView, uuid } from "@/test/views";
import { useArticleStream } from "./use-article-stream";
import type { LiveEventData } from "./live-event";

/** The browser's EventSource, driven by the test: open it, send it messages, make it fail. */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static created: FakeEventSource[] = [];
  static get latest(): FakeEventSource {
    return FakeEventSource.created.at(-1)!;
  }

  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;

  constructor(readonly url: string) {
    super();
    FakeEventSource.created.push(this);
  }

  close() {
    this.readyState = FakeEventSource.CLOSED;
  }

  connect() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }

  /** `gaveUp`: the browser will not reconnect by itself (the server refused, say). */
  fail({ gaveUp }: { gaveUp: boolean }) {
    this.readyState = gaveUp ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    this.onerror?.();
  }

  send(type: string, data: unknown, lastEventId = "") {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data), lastEventId }));
  }
}

const EVENTS_PATH = `/api/articles/${ARTICLE_ID}/events`;
const AT = "2026-11-26T12:05:00.000Z";
const created: LiveEventData = { type: "claim.created", actor: OMAR, at: AT, claim: buildClaimView() };

function renderStream(startAfter: string | null = "41") {
  const handlers = { onEvent: vi.fn(), onPresence: vi.fn() };
  const hook = renderHook(({ articleId, after, handlers: current }) => useArticleStream(articleId, after, current), {
    initialProps: { articleId: ARTICLE_ID, after: startAfter, handlers },
  });
  return { ...hook, handlers };
}

function setOnline(isOnline: boolean) {
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(isOnline);
}

describe("useArticleStream", () => {
  beforeEach(() => {
    FakeEventSource.created = [];
    vi.stubGlobal("EventSource", FakeEventSource);
    vi.useFakeTimers();
  });

  it("follows the article's stream from where the page was rendered, and is live once it opens", () => {
    const { result } = renderStream("41");
    expect(FakeEventSource.created.map((source) => source.url)).toEqual([`${EVENTS_PATH}?lastEventId=41`]);
    expect(result.current).toBe("connecting");
    act(() => FakeEventSource.latest.connect());
    expect(result.current).toBe("live");
  });

  it("starts from the beginning of the stream without a position", () => {
    renderStream(null);
    expect(FakeEventSource.latest.url).toBe(EVENTS_PATH);
  });

  it("hands on each event with its log id, and drops one that is not what the page expects", () => {
    const { handlers } = renderStream();
    act(() => {
      FakeEventSource.latest.send("claim.created", created, "42");
      FakeEventSource.latest.send("claim.created", { ...created, claim: { id: "not a claim" } }, "43");
    });
    expect(handlers.onEvent.mock.calls).toEqual([[created, "42"]]);
  });

  it("hands on who has the article open", () => {
    const { handlers } = renderStream();
    const users: PresenceUser[] = [{ id: OMAR.id, name: OMAR.name, role: "reviewer", claimId: null }];
    act(() => FakeEventSource.latest.send("presence", { users }));
    expect(handlers.onPresence).toHaveBeenCalledWith(users);
  });

  it("calls the latest handlers without opening a new stream when they change", () => {
    const { rerender, handlers: first } = renderStream("41");
    const latest = { onEvent: vi.fn(), onPresence: vi.fn() };
    rerender({ articleId: ARTICLE_ID, after: "41", handlers: latest });
    act(() => FakeEventSource.latest.send("claim.created", created, "42"));
    expect(latest.onEvent).toHaveBeenCalledTimes(1);
    expect(first.onEvent).not.toHaveBeenCalled();
    expect(FakeEventSource.created).toHaveLength(1);
  });

  it("leaves a dropped connection to the browser's own reconnection while it tries", () => {
    const { result } = renderStream();
    act(() => FakeEventSource.latest.connect());
    act(() => FakeEventSource.latest.fail({ gaveUp: false }));
    expect(result.current).toBe("reconnecting");
    act(() => void vi.advanceTimersByTime(60_000));
    expect(FakeEventSource.created).toHaveLength(1);
  });

  it("opens a new stream from the last id seen when the browser gives up, backing off", () => {
    const { result } = renderStream("41");
    act(() => FakeEventSource.latest.send("claim.created", created, "57"));
    const retriesAfter: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const count = FakeEventSource.created.length;
      act(() => FakeEventSource.latest.fail({ gaveUp: true }));
      expect(result.current).toBe("reconnecting");
      let waited = 0;
      while (FakeEventSource.created.length === count) {
        act(() => void vi.advanceTimersByTime(500));
        waited += 500;
      }
      retriesAfter.push(waited);
    }
    expect(retriesAfter).toEqual([1_000, 2_000, 5_000, 10_000, 10_000]);
    expect(FakeEventSource.latest.url).toBe(`${EVENTS_PATH}?lastEventId=57`);
    expect(FakeEventSource.created.slice(0, -1).every((source) => source.readyState === FakeEventSource.CLOSED)).toBe(true);

    act(() => FakeEventSource.latest.connect());
    act(() => FakeEventSource.latest.fail({ gaveUp: true }));
    const count = FakeEventSource.created.length;
    act(() => void vi.advanceTimersByTime(1_000));
    expect(FakeEventSource.created).toHaveLength(count + 1);
  });

  it("says it is offline when the browser loses the network, and reconnects at once when it is back", () => {
    const { result } = renderStream("41");
    act(() => FakeEventSource.latest.send("claim.created", created, "60"));
    setOnline(false);
    act(() => {
      window.dispatchEvent(new Event("offline"));
      FakeEventSource.latest.fail({ gaveUp: true });
    });
    expect(result.current).toBe("offline");

    setOnline(true);
    act(() => void window.dispatchEvent(new Event("online")));
    expect(result.current).toBe("reconnecting");
    expect(FakeEventSource.created).toHaveLength(2);
    expect(FakeEventSource.latest.url).toBe(`${EVENTS_PATH}?lastEventId=60`);
    act(() => void vi.advanceTimersByTime(60_000));
    expect(FakeEventSource.created).toHaveLength(2);
    act(() => FakeEventSource.latest.connect());
    expect(result.current).toBe("live");
  });

  it("closes the stream and forgets a pending retry when the article closes", () => {
    const { unmount } = renderStream();
    act(() => FakeEventSource.latest.fail({ gaveUp: true }));
    unmount();
    act(() => void vi.advanceTimersByTime(60_000));
    window.dispatchEvent(new Event("online"));
    expect(FakeEventSource.created).toHaveLength(1);
    expect(FakeEventSource.latest.readyState).toBe(FakeEventSource.CLOSED);
  });

  it("follows the new article's stream when the article changes, closing the old one", () => {
    const { rerender } = renderStream("41");
    const other = uuid(9_100);
    rerender({ articleId: other, after: "41", handlers: { onEvent: vi.fn(), onPresence: vi.fn() } });
    expect(FakeEventSource.created[0]?.readyState).toBe(FakeEventSource.CLOSED);
    expect(FakeEventSource.latest.url).toBe(`/api/articles/${other}/events?lastEventId=41`);
  });
});
