import Link from "next/link";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/validation/verdicts";
import type { WorkView } from "@/lib/views/work";
import styles from "./MyWork.module.css";

const claimLink = (item: { articleId: string; claimId: string }) => `/articles/${item.articleId}?claim=${item.claimId}`;
const quote = (exact: string) => (exact.length > 120 ? `${exact.slice(0, 120)}…` : exact);

/** Everything waiting for me, across articles, each item opening its claim in its article. */
export function MyWork({ work }: { work: WorkView }) {
  return (
    <div className={`page ${styles.page}`}>
      <h1>My work</h1>
      <section aria-labelledby="mentions-title" className={styles.section}>
        <h2 id="mentions-title">
          Mentions <span className="count">{work.mentions.length}</span>
        </h2>
        {work.mentions.length === 0 ? (
          <p className="muted">Nobody is waiting for your answer.</p>
        ) : (
          <ul className={styles.list} data-testid="work-mentions">
            {work.mentions.map((mention) => (
              <li key={mention.commentId}>
                <Link href={claimLink(mention)}>“{quote(mention.exact)}”</Link>
                <span className="muted small">
                  {" "}
                  in {mention.articleTitle} · <RelativeTime iso={mention.at} />
                </span>
                <p className={styles.comment}>
                  <strong>{mention.author.name}:</strong> {mention.text}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="assigned-title" className={styles.section}>
        <h2 id="assigned-title">
          Assigned to me <span className="count">{work.assigned.length}</span>
        </h2>
        {work.assigned.length === 0 ? <p className="muted">No open claims are assigned to you.</p> : <ClaimList claims={work.assigned} testId="work-assigned" />}
      </section>
      <section aria-labelledby="to-review-title" className={styles.section}>
        <h2 id="to-review-title">
          Waiting for my review <span className="count">{work.toReview.length}</span>
        </h2>
        <p className="muted small">Under blind review: claims assigned to you or already reviewed by someone else, that you have not reviewed yet.</p>
        {work.toReview.length === 0 ? <p className="muted">No claim is waiting for your independent review.</p> : <ClaimList claims={work.toReview} testId="work-to-review" />}
      </section>
    </div>
  );
}

function ClaimList({ claims, testId }: { claims: WorkView["assigned"]; testId: string }) {
  return (
    <ul className={styles.list} data-testid={testId}>
      {claims.map((claim) => (
        <li key={claim.claimId}>
          <Link href={claimLink(claim)}>“{quote(claim.exact)}”</Link>
          <span className="muted small">
            {" "}
            in {claim.articleTitle} · {STATUS_LABELS[claim.status]} · {claim.verdict ? VERDICT_LABELS[claim.verdict] : "No verdict yet"}
          </span>
        </li>
      ))}
    </ul>
  );
}
