"use client";

import type { Pane } from "./use-workspace-pane";
import styles from "./WorkspaceLayout.module.css";

/** "Article / Claims": which pane a narrow screen shows (hidden from 900 px up, where both show). */
export function PaneSwitch({ pane, claimCount, onChange }: { pane: Pane; claimCount: number; onChange: (pane: Pane) => void }) {
  return (
    <div className={styles.switch} role="group" aria-label="Show">
      {(["article", "claims"] as const).map((each) => (
        <button key={each} type="button" className={styles.switchButton} aria-pressed={pane === each} onClick={() => onChange(each)}>
          {each === "article" ? "Article" : `Claims (${claimCount})`}
        </button>
      ))}
    </div>
  );
}

/** The bar on top of the claim sheet (narrow screens): where it is, and a way back to the text. */
export function SheetBar({ onClose, onShowAll }: { onClose: () => void; onShowAll: () => void }) {
  return (
    <div className={styles.sheetBar}>
      <button type="button" className="link-button" onClick={onShowAll}>
        All claims
      </button>
      <button type="button" className="button" onClick={onClose}>
        Back to the article
      </button>
    </div>
  );
}
