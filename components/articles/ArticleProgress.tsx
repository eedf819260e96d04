import { CLAIM_STATUSES, STATUS_LABELS, VERDICT_LABELS, VERDICTS } from "@/lib/validation/verdicts";
import type { ArticleProgressView } from "@/lib/views/article";
import styles from "./ArticleProgress.module.css";

const VERDICT_ORDER = [...VERDICTS, "none"] as const;
const verdictLabel = (verdict: (typeof VERDICT_ORDER)[number]) => (verdict === "none" ? "No verdict" : VERDICT_LABELS[verdict]);

/**
 * An article's claims by status, and its verdicts as a small bar in the verdict badges' colours and
 * border patterns. The bar is a picture of the text beside it, which says the same in words (so
 * nothing rides on colour alone), and is hidden from screen readers, which read the text.
 */
export function ArticleProgress({ progress }: { progress: ArticleProgressView }) {
  const statuses = CLAIM_STATUSES.filter((status) => progress.byStatus[status] > 0);
  if (statuses.length === 0) return <span className="muted small">No claims yet</span>;
  const verdicts = VERDICT_ORDER.filter((verdict) => progress.byVerdict[verdict] > 0);
  return (
    <div className={styles.progress}>
      <p className="article-progress-statuses small">{statuses.map((status) => `${progress.byStatus[status]} ${STATUS_LABELS[status].toLowerCase()}`).join(" · ")}</p>
      <div className="article-progress-bar" aria-hidden="true">
        {verdicts.map((verdict) => (
          <span key={verdict} className={`verdict-badge verdict-${verdict}`} style={{ flexGrow: progress.byVerdict[verdict] }} title={`${verdictLabel(verdict)}: ${progress.byVerdict[verdict]}`} />
        ))}
      </div>
      <p className="article-progress-verdicts muted small">{verdicts.map((verdict) => `${progress.byVerdict[verdict]} ${verdictLabel(verdict).toLowerCase()}`).join(" · ")}</p>
    </div>
  );
}
