"use client";

import type { Actor } from "@/lib/policies/actor";
import { canEditClaim } from "@/lib/policies/permissions";
import type { TextSelection } from "@/components/article/ArticleEditor";
import type { ClaimActions } from "./use-claim-store";
import { VerdictBadge } from "./VerdictBadge";
import type { ClaimView } from "@/lib/views/claim";
import shared from "./claims.module.css";
import styles from "./OrphanList.module.css";

/** Claims whose text was edited away: kept with their quote and context, ready to be re-attached. */
export function OrphanList({ orphans, actor, actions, selection }: { orphans: ClaimView[]; actor: Actor; actions: ClaimActions; selection: TextSelection | null }) {
  if (!orphans.length) return null;
  return (
    <section className={styles.orphans} aria-labelledby="orphans-heading" data-testid="orphan-claims">
      <h3 id="orphans-heading">
        Orphaned claims <span className="count">{orphans.length}</span>
      </h3>
      <p className="muted small">Their text was changed or removed by an edit. Select new text in the article, then re-attach.</p>
      <ul className={shared.cards}>
        {orphans.map((claim) => (
          <li key={claim.id} className={styles.card}>
            <p className={styles.context}>
              <span className="muted">…{claim.selector.prefix}</span>
              <mark>{claim.selector.exact}</mark>
              <span className="muted">{claim.selector.suffix}…</span>
            </p>
            <VerdictBadge verdict={claim.verdict} /> <span className="muted small">{claim.createdBy.name}</span>
            {canEditClaim(actor, { createdById: claim.createdBy.id }) ? (
              <div>
                <button
                  type="button"
                  className="button"
                  disabled={!selection}
                  title={selection ? `Attach to “${selection.exact.slice(0, 60)}”` : "Select text in the article first"}
                  onClick={() => selection && void actions.updateClaim(claim, { selector: selection }, "Claim re-attached.")}
                >
                  Re-attach to selection
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
