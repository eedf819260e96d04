"use client";

import { useCallback, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";

export type Pane = "article" | "claims";

const NARROW = "(max-width: 899px)";

/** Whether the workspace is in its one-pane layout (below 900 px), following the window's width. */
export function useIsNarrow(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener("change", changed);
      return () => query.removeEventListener("change", changed);
    },
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

/**
 * Below 900 px the workspace shows one pane at a time, the article or the claims, and each keeps
 * its scroll position across switches (the hidden article keeps its layout, folded to no height,
 * so its place is exact). A claim opened from the text (a tap on a highlight) comes up in a sheet
 * over its lower part instead. On wide screens the CSS shows both panes and ignores all this.
 */
export function useWorkspacePane() {
  const [pane, setPaneState] = useState<Pane>("article");
  const shown = useRef<Pane>("article");
  const [isSheetOpen, setSheetOpen] = useState(false);
  const scrollOf = useRef<Record<Pane, number>>({ article: 0, claims: 0 });
  const restoreTo = useRef<number | null>(null);

  const setPane = useCallback((next: Pane) => {
    setSheetOpen(false);
    if (shown.current === next) return;
    scrollOf.current[shown.current] = window.scrollY;
    restoreTo.current = scrollOf.current[next];
    shown.current = next;
    setPaneState(next);
  }, []);
  useLayoutEffect(() => {
    const top = restoreTo.current;
    restoreTo.current = null;
    if (top !== null) window.scrollTo({ top, behavior: "instant" });
  }, [pane]);

  const openSheet = useCallback(() => setSheetOpen(true), []);
  const closeSheet = useCallback(() => setSheetOpen(false), []);
  return { pane, setPane, isSheetOpen, openSheet, closeSheet };
}
