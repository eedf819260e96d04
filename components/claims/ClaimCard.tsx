"use client";

import { memo } from "react";
import type { Actor } from "@/lib/policies/actor";
import { canDeleteClaim, canEditClaim } from "@/lib/policies/permissions";
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/validation/verdicts";
import { ClaimForm } from "./ClaimForm";
import { SourceList } from "./SourceList";
import type { ClaimActions } from "./use-claim-store";
import { VerdictBadge } from "./VerdictBadge";
import type { ClaimView } from "@/lib/views/claim";

type Props = {
  claim: ClaimView;
  actor: Actor;
  actions: ClaimActions;
  isFocused: boolean;
  isOpen: boolean;
  onFocusClaim: (claimId: string, options?: { scroll?: boolean }) => void;
  onToggleClaim: (claimId: string) => void;
};

const QUOTE_PREVIEW = 160;

/**
 * One claim in the sidebar: its quote and verdict; opened, its fields and sources. Memoised (every
 * prop but the claim keeps its identity), so a change to one claim re-renders one card.
 */
export const ClaimCard = memo(function ClaimCard({ claim, actor, actions, isFocused, isOpen, onFocusClaim, onToggleClaim }: Props) {
  const isEditable = canEditClaim(actor, { createdById: claim.createdBy.id });
  const quote = claim.selector.exact.length > QUOTE_PREVIEW ? `${claim.selector.exact.slice(0, QUOTE_PREVIEW)}…` : claim.selector.exact;
  return (
    <li className={`claim-card${isFocused ? " is-focused" : ""}${isOpen ? " is-open" : ""}`} data-claim-card={claim.id}>
      <button
        type="button"
        className="claim-card-head"
        aria-expanded={isOpen}
        tabIndex={isFocused ? 0 : -1}
        onClick={() => {
          onFocusClaim(claim.id, { scroll: true });
          onToggleClaim(claim.id);
        }}
        onFocus={() => onFocusClaim(claim.id, { scroll: true })}
      >
        <span className="claim-quote">“{quote}”</span>
        <span className="claim-meta">
          <VerdictBadge verdict={claim.verdict} />
          <span className="status-pill">{STATUS_LABELS[claim.status]}</span>
          <span className="muted small">
            {claim.createdBy.name} · {claim.sources.length} source{claim.sources.length === 1 ? "" : "s"}
          </span>
        </span>
      </button>
      {isOpen ? (
        <div className="claim-body">
          {isEditable ? (
            <ClaimForm claim={claim} onSave={(changes) => actions.updateClaim(claim, changes)} />
          ) : (
            <dl className="claim-readonly">
              <dt>Claimant</dt>
              <dd>{claim.claimant || "—"}</dd>
              <dt>Claim</dt>
              <dd>{claim.summary || "—"}</dd>
              <dt>Verdict</dt>
              <dd>{claim.verdict ? VERDICT_LABELS[claim.verdict] : "No verdict yet"}</dd>
              <dt>Rationale</dt>
              <dd>{claim.rationale || "—"}</dd>
              <dt>Tags</dt>
              <dd>{claim.tags.length ? claim.tags.join(", ") : "—"}</dd>
            </dl>
          )}
          <SourceList claim={claim} actor={actor} actions={actions} />
          {canDeleteClaim(actor, { createdById: claim.createdBy.id }) ? (
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                if (window.confirm("Delete this claim? An editor can restore it later.")) void actions.deleteClaim(claim);
              }}
            >
              Delete claim
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
});
