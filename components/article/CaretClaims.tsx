"use client";

import { VERDICT_LABELS } from "@/lib/validation/verdicts";
import type { ClaimView } from "@/lib/views/claim";
import styles from "./ClaimChooser.module.css";

const QUOTE_PREVIEW = 50;

/**
 * Which claims the caret is in, for a keyboard reader: every claim at the spot, named, with how to
 * open it. A polite live region at the bottom of the article's view, shown only while it has something to say.
 */
export function CaretClaims({ claimIds, claims }: { claimIds: string[]; claims: ClaimView[] }) {
  const here = claimIds.flatMap((id) => claims.filter((claim) => claim.id === id));
  return (
    <div className={styles.caretRegion} role="status" aria-live="polite">
      {here.length ? (
        <p className={styles.caret} data-testid="caret-claims">
          {here.length === 1 ? "In the claim " : `In ${here.length} claims: `}
          {here.map((claim, index) => (
            <span key={claim.id}>
              {index > 0 ? "; " : ""}“{claim.selector.exact.length > QUOTE_PREVIEW ? `${claim.selector.exact.slice(0, QUOTE_PREVIEW)}…` : claim.selector.exact}” ({claim.verdict ? VERDICT_LABELS[claim.verdict] : "no verdict yet"})
            </span>
          ))}
          . <kbd>Enter</kbd> {here.length === 1 ? "opens it" : "to choose"}.
        </p>
      ) : null}
    </div>
  );
}
