"use client";

import { LoadError } from "@/components/ui/LoadError";
import { useAgreement } from "./agreement-context";
import { AgreementFigures } from "./AgreementFigures";
import styles from "./reviews.module.css";
import activity from "@/components/article/ActivityPanel.module.css";

/** The article's agreement figures, kept current as reviews come in; a way to list the disagreements. */
export function AgreementPanel({ onShowDisagreements }: { onShowDisagreements: () => void }) {
  const { agreement, error, reload } = useAgreement();
  return (
    <details className={`${activity.panel} ${styles.agreement}`} data-testid="agreement-panel">
      <summary>
        Agreement{" "}
        {agreement?.alphaNominal !== null && agreement?.alphaNominal !== undefined ? <span className="count">α {agreement.alphaNominal.toFixed(2)}</span> : null}
      </summary>
      {error ? (
        <LoadError message={error} onRetry={() => void reload()} />
      ) : !agreement ? (
        <p className="muted small" aria-busy="true">
          Loading…
        </p>
      ) : (
        <>
          <AgreementFigures figures={agreement} />
          {agreement.disagreements.length ? (
            <button type="button" className="button" onClick={onShowDisagreements}>
              Show the {agreement.disagreements.length} claim{agreement.disagreements.length === 1 ? "" : "s"} where reviewers disagree
            </button>
          ) : (
            <p className="muted small">No disagreement you can see.</p>
          )}
        </>
      )}
    </details>
  );
}
