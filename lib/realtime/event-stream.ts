/**
 * An article's live stream as Server-Sent Events: a `retry:` hint, every event as `id:`/`event:`/
 * `data:`, presence as `event: presence` (no id: never replayed), and a heartbeat comment every
 * 15 s, at which the stream also checks that its user may still read it.
 */
import "server-only";
import type { ArticleHub } from "./article-hub";
import type { LiveEvent } from "./live-event";
import type { PresenceUser } from "@/lib/views/presence";
import { onShutdown } from "./shutdown";

export const HEARTBEAT_MS = 15_000;
/** What the browser waits before reconnecting after a drop. */
export const RETRY_MS = 2_000;
/** A client this many messages behind is cut off; it reconnects and catches up from its last id. */
const MAX_QUEUED = 2_000;
/** When the server stops, browsers come back after 1-3 s, spread out so the next server is not hit at once. */
const restartRetryMs = () => 1_000 + Math.floor(Math.random() * 2_000);

export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  // nginx: do not buffer the stream.
  "X-Accel-Buffering": "no",
} as const;

export function eventFrame(event: LiveEvent): string {
  return `id: ${event.id}\nevent: ${event.data.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

export function presenceFrame(users: PresenceUser[]): string {
  return `event: presence\ndata: ${JSON.stringify({ users })}\n\n`;
}

type Options = {
  hub: ArticleHub;
  articleId: string;
  lastEventId: bigint | null;
  signal: AbortSignal;
  /** Still signed in, still allowed? Checked at every heartbeat; false closes the stream. */
  isStillAllowed: () => Promise<boolean>;
  /** Runs once when the stream ends, however it ends (the slot it held is given back). */
  onClose?: () => void;
  heartbeatMs?: number;
};

export function articleEventStream({ hub, articleId, lastEventId, signal, isStillAllowed, onClose, heartbeatMs = HEARTBEAT_MS }: Options): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        let isOpen = true;
        let unsubscribe = () => {};
        let stopWatchingShutdown = () => {};
        const close = () => {
          if (!isOpen) return;
          isOpen = false;
          onClose?.();
          stopWatchingShutdown();
          clearInterval(heartbeat);
          signal.removeEventListener("abort", close);
          unsubscribe();
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        };
        cleanup = close;
        const write = (text: string) => {
          if (!isOpen) return;
          if ((controller.desiredSize ?? 0) < -MAX_QUEUED) return close();
          controller.enqueue(encoder.encode(text));
        };
        const heartbeat = setInterval(() => {
          write(": heartbeat\n\n");
          void isStillAllowed().then(
            (isAllowed) => isAllowed || close(),
            () => {}, // the database is away: keep the stream, the check runs again
          );
        }, heartbeatMs);
        signal.addEventListener("abort", close);
        write(`retry: ${RETRY_MS}\n: connected\n\n`);
        // The server is stopping: end the stream (the browser reconnects from its last id, elsewhere or later).
        stopWatchingShutdown = onShutdown(() => {
          write(`retry: ${restartRetryMs()}\n: the server is restarting\n\n`);
          close();
        });
        try {
          unsubscribe = await hub.subscribe(
            articleId,
            { send: (event) => write(eventFrame(event)), sendPresence: (users) => write(presenceFrame(users)) },
            lastEventId,
          );
          if (!isOpen) unsubscribe();
        } catch (error) {
          console.warn(`Live updates: a stream of article ${articleId} could not start:`, error instanceof Error ? error.message : error);
          close();
        }
      },
      cancel() {
        cleanup();
      },
    },
    { highWaterMark: 1 },
  );
}
