"use client";

import { useEffect, useRef } from "react";
import { apiFetch } from "@/lib/client/api-fetch";

const RENEW_MS = 15_000;

/**
 * Tells the server this user has the article open, and on which claim: on opening, whenever the
 * claim changes, every 15 s, and again when the tab comes back; says goodbye on leaving.
 * Presence is best effort: a failed call is simply tried again at the next beat.
 */
export function usePresence(articleId: string, claimId: string | null): void {
  const claimRef = useRef(claimId);
  const send = useRef<() => void>(() => {});

  useEffect(() => {
    const path = `/api/articles/${articleId}/presence`;
    send.current = () => void apiFetch(path, { method: "PUT", body: { claimId: claimRef.current } }).catch(() => {});
    send.current();
    const timer = setInterval(() => send.current(), RENEW_MS);
    const handleVisible = () => {
      if (document.visibilityState === "visible") send.current();
    };
    const handleLeave = () => void apiFetch(path, { method: "DELETE", keepalive: true }).catch(() => {});
    document.addEventListener("visibilitychange", handleVisible);
    window.addEventListener("pagehide", handleLeave);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", handleVisible);
      window.removeEventListener("pagehide", handleLeave);
      handleLeave();
    };
  }, [articleId]);

  useEffect(() => {
    if (claimRef.current === claimId) return;
    claimRef.current = claimId;
    send.current();
  }, [claimId]);
}
