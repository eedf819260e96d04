"use client";

import { diffWords } from "diff";
import { useState } from "react";
import type { ClaimActions } from "@/components/claims/use-claim-store";
import { ApiError } from "@/lib/client/api-fetch";
import type { Actor } from "@/lib/policies/actor";
import { canSetVerdict } from "@/lib/policies/permissions";
import { VERDICT_LABELS } from "@/lib/validation/verdicts";
import type { ClaimView } from "@/lib/views/claim";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { useReviewContext } from "./review-context";
import { sendVerdict } from "./use-reviews";
import styles from "./reviews.module.css";

/**
 * "Text changed since the verdict": the words the verdict was about and the words there now, the
 * changed ones marked, and (for whoever may rule) a way to confirm the verdict or change it.
 */
export function RecheckNotice({ claim, actor, actions }: { claim: ClaimView; actor: Actor; actions: ClaimActions }) {
  const { policy } = useReviewContext();
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  if (!claim.recheck) return null;
  const parts = diffWords(claim.recheck.previousExact, claim.selector.exact);
  const mayRule = canSetVerdict(actor, { createdById: claim.createdBy.id }, policy);
  const confirm = async () => {
    setIsBusy(true);
    try {
      actions.showClaim(await sendVerdict(claim, claim.verdict));
    } catch (caught) {
      setMessage(caught instanceof ApiError ? caught.message : "Could not confirm the verdict. Try again.");
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <div className={styles.recheck} role="note" data-testid="recheck">
      <p>
        <strong>Text changed since the verdict</strong> (<RelativeTime iso={claim.recheck.since} />
        ). Check that {claim.verdict ? `“${VERDICT_LABELS[claim.verdict]}”` : "the reviews"} still hold{claim.verdict ? "s" : ""}.
      </p>
      <dl className={styles.quotes}>
        <dt>Was</dt>
        <dd>
          {parts.map((part, index) => (part.added ? null : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>))}
        </dd>
        <dt>Now</dt>
        <dd>
          {parts.map((part, index) => (part.removed ? null : part.added ? <ins key={index}>{part.value}</ins> : <span key={index}>{part.value}</span>))}
        </dd>
      </dl>
      {mayRule ? (
        <>
          <button type="button" className="button" disabled={isBusy} onClick={() => void confirm()}>
            {isBusy ? "Saving…" : claim.verdict ? `Keep “${VERDICT_LABELS[claim.verdict]}”` : "Mark as checked"}
          </button>{" "}
          <span className="muted small">or set a new verdict{policy === "blind" ? " below" : " in the form"}.</span>
        </>
      ) : null}
      {message ? (
        <p className="field-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
