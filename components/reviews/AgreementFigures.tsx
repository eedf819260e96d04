import type { AgreementView } from "@/lib/views/agreement";
import styles from "./reviews.module.css";

const figure = (alpha: number | null) => (alpha === null ? "—" : alpha.toFixed(3));

/** Krippendorff's alpha, nominal and ordinal, with what it is computed over and why a figure is missing. */
export function AgreementFigures({ figures }: { figures: Omit<AgreementView, "disagreements"> }) {
  const reason = figures.reasons.nominal ?? figures.reasons.ordinal;
  return (
    <>
      <dl>
        <dt>All seven verdicts</dt>
        <dd className={styles.figure} data-testid="alpha-nominal">
          α {figure(figures.alphaNominal)}
        </dd>
        <dt>True … false scale</dt>
        <dd className={styles.figure} data-testid="alpha-ordinal">
          α {figure(figures.alphaOrdinal)}
        </dd>
      </dl>
      <p className="small">
        Over {figures.claims} claim{figures.claims === 1 ? "" : "s"} with two reviews or more: {figures.reviews} review{figures.reviews === 1 ? "" : "s"} by {figures.reviewers} reviewer
        {figures.reviewers === 1 ? "" : "s"}, {figures.blindReviews} made blind.
      </p>
      {reason ? <p className="muted small">{reason}</p> : null}
      <p className="muted small">Krippendorff’s α: 1 is full agreement, 0 is what chance would give. Above 0.8 is reliable; below 0.667, discuss before relying on the verdicts.</p>
    </>
  );
}
