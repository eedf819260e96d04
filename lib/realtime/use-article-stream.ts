"use client";

import { useEffect, useRef, useState } from "react";
import { ZAppEvent } from "./events";
import { ZLiveEventData, type LiveEventData } from "./live-event";
import { ZPresenceView, type PresenceUser } from "@/lib/views/presence";

/** live: connected; reconnecting: lost, trying again; offline: the browser says there is no network. */
export type ConnectionState = "connecting" | "live" | "reconnecting" | "offline";

const EVENT_TYPES = ZAppEvent.options.map((option) => option.shape.type.value);
const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

type Handlers = {
  /** Every event, in log order, once (replayed ones after a reconnection included). */
  onEvent: (event: LiveEventData, id: string) => void;
  onPresence: (users: PresenceUser[]) => void;
};

/**
 * Follows an article's live stream. The browser's EventSource reconnects by itself and sends the
 * last id it saw, so the server replays what was missed; when the server refused or the stream
 * closed for good, this opens a new one from the last id (`?lastEventId=`), with a backoff.
 * `startAfter` is the log position the page was rendered at: events after it are replayed first.
 */
export function useArticleStream(articleId: string, startAfter: string | null, handlers: Handlers): ConnectionState {
  const [state, setState] = useState<ConnectionState>("connecting");
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let lastId = startAfter;
    let failures = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let isDisposed = false;

    const open = () => {
      if (isDisposed) return;
      source?.close();
      const query = lastId ? `?lastEventId=${encodeURIComponent(lastId)}` : "";
      const stream = new EventSource(`/api/articles/${articleId}/events${query}`);
      source = stream;
      stream.onopen = () => {
        failures = 0;
        setState("live");
      };
      stream.onerror = () => {
        if (!navigator.onLine) setState("offline");
        else setState("reconnecting");
        if (stream.readyState === EventSource.CLOSED) {
          // Refused (signed out, server error): the browser gives up; we try again, from the last id.
          const delay = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!;
          retryTimer = setTimeout(open, delay);
        }
      };
      for (const type of EVENT_TYPES) {
        stream.addEventListener(type, (message) => {
          const parsed = ZLiveEventData.safeParse(JSON.parse(message.data as string));
          if (message.lastEventId) lastId = message.lastEventId;
          if (parsed.success) handlersRef.current.onEvent(parsed.data, message.lastEventId);
        });
      }
      stream.addEventListener("presence", (message) => {
        const parsed = ZPresenceView.safeParse(JSON.parse(message.data as string));
        if (parsed.success) handlersRef.current.onPresence(parsed.data.users);
      });
    };

    const handleOffline = () => setState("offline");
    const handleOnline = () => {
      // Reconnect at once rather than waiting out the browser's retry delay.
      clearTimeout(retryTimer);
      setState("reconnecting");
      open();
    };
    window.addEventListener("offline", handleOffline);
    window.addEventListener("online", handleOnline);
    open();
    return () => {
      isDisposed = true;
      clearTimeout(retryTimer);
      window.removeEventListener("offline", handleOffline);
      window.removeEventListener("online", handleOnline);
      source?.close();
    };
  }, [articleId, startAfter]);

  return state;
}
