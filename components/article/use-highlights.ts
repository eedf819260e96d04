"use client";

import { useCallback, useMemo, useState } from "react";
import type { HighlightClaim } from "@/lib/editor/claim-decorations";
import type { ClaimView } from "@/lib/views/claim";

type LoadState = "loading" | "loaded" | "failed";

/** A claim's highlight: where it is and what verdict it shows. */
export const highlightOf = (claim: ClaimView): HighlightClaim => ({ id: claim.id, start: claim.selector.start, end: claim.selector.end, verdict: claim.verdict });

/**
 * What the editor draws. Until the claims have loaded, the page's own highlights, with any claim
 * the store already holds (one marked or changed meanwhile) drawn from the store instead; then
 * the claims' alone.
 */
export function highlightsToDraw(fromPage: readonly HighlightClaim[], claims: readonly ClaimView[], loadState: LoadState): HighlightClaim[] {
  const fromClaims = claims.filter((claim) => !claim.orphan).map(highlightOf);
  if (loadState === "loaded") return fromClaims;
  const known = new Set(claims.map((claim) => claim.id));
  return [...fromPage.filter((highlight) => !known.has(highlight.id)), ...fromClaims];
}

/** highlightsToDraw, kept for the page's lifetime; after the text is saved the page's highlights are forgotten (their offsets refer to the old text). */
export function useHighlights(pageHighlights: HighlightClaim[], claims: ClaimView[], loadState: LoadState) {
  const [fromPage, setFromPage] = useState(pageHighlights);
  const highlights = useMemo(() => highlightsToDraw(fromPage, claims, loadState), [fromPage, claims, loadState]);
  const forgetPageHighlights = useCallback(() => setFromPage([]), []);
  return { highlights, forgetPageHighlights };
}
