import { VERDICT_LABELS, VERDICTS } from "@/lib/validation/verdicts";
import shared from "./claims.module.css";
import styles from "./VerdictLegend.module.css";

/** What each highlight style means: colour and underline pattern together, never colour alone. */
export function VerdictLegend({ keysRecordReviews = false }: { keysRecordReviews?: boolean }) {
  return (
    <details className={`${styles.legend} ${shared.disclosure}`}>
      <summary>Highlight legend and shortcuts</summary>
      <ul className={`legend-list ${styles.list}`}>
        {[...VERDICTS, null].map((verdict) => (
          <li key={verdict ?? "none"}>
            <span className={`claim-highlight verdict-${verdict ?? "none"}`}>Sample</span> {verdict ? VERDICT_LABELS[verdict] : "No verdict yet"}
          </li>
        ))}
        <li>
          <span className="claim-highlight verdict-none claim-overlap">Sample</span> Overlapping claims (hatched and boxed: click, or Enter, to choose one)
        </li>
      </ul>
      <dl className={styles.shortcuts}>
        <dt>
          <kbd>C</kbd>
        </dt>
        <dd>Mark the selected text as a claim</dd>
        <dt>
          <kbd>Enter</kbd> in the text
        </dt>
        <dd>Open the claim the caret is in (where claims overlap: choose one)</dd>
        <dt>
          <kbd>J</kbd> / <kbd>K</kbd>
        </dt>
        <dd>Next / previous claim in the list</dd>
        <dt>
          <kbd>Enter</kbd>
        </dt>
        <dd>Open the claim and go to its form</dd>
        <dt>
          <kbd>Esc</kbd>
        </dt>
        <dd>Close the open claim, back to its card</dd>
        <dt>
          <kbd>1</kbd>–<kbd>7</kbd>
        </dt>
        <dd>
          {keysRecordReviews
            ? "Record your own review of the selected claim, in scale order (blind review: only an editor sets the final verdict)"
            : "Set the verdict of the selected claim (in scale order; 0 clears it)"}
        </dd>
        <dt>
          <kbd>Ctrl</kbd>/<kbd>⌘</kbd> + <kbd>Enter</kbd>
        </dt>
        <dd>Save the open form</dd>
      </dl>
    </details>
  );
}
