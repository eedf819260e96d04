"use client";

import { memo, useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Actor } from "@/lib/policies/actor";
import { canAssignClaims, canDeleteClaim, canEditClaim, canSetVerdict } from "@/lib/policies/permissions";
import { RecheckNotice } from "@/components/reviews/RecheckNotice";
import { ReviewPanel } from "@/components/reviews/ReviewPanel";
import { useReviewContext } from "@/components/reviews/review-context";
import { AssigneePicker } from "./AssigneePicker";
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/validation/verdicts";
import { ClaimForm } from "./ClaimForm";
import { SourceList } from "./SourceList";
import { ClaimHistory } from "./ClaimHistory";
import { CommentThreads } from "@/components/comments/CommentThreads";
import type { CommentEvents } from "@/components/comments/use-comments";
import { RECENT_MS, type ClaimActions, type ClaimStore, type RecentChange } from "./use-claim-store";
import type { PresenceUser } from "@/lib/views/presence";
import { initialsOf } from "@/components/ui/initials";
import { VerdictBadge } from "./VerdictBadge";
import { CardFeedback } from "./CardFeedback";
import type { ClaimView } from "@/lib/views/claim";
import avatar from "@/components/ui/avatar.module.css";
import shared from "./claims.module.css";
import styles from "./ClaimCard.module.css";

type Props = {
  claim: ClaimView;
  /** The last change made from another browser, if any. */
  recent?: RecentChange;
  /** Who else is on this claim right now. */
  viewers: PresenceUser[];
  /** The user's offline edit that met a newer version, if any. */
  draft?: ClaimStore["drafts"][string];
  commentEvents: CommentEvents;
  actor: Actor;
  actions: ClaimActions;
  isFocused: boolean;
  isOpen: boolean;
  /** Whether it is selected for a bulk assignment; null when the user cannot assign claims. */
  isSelected: boolean | null;
  onToggleSelected: (claimId: string) => void;
  onFocusClaim: (claimId: string, options?: { scroll?: boolean }) => void;
  onToggleClaim: (claimId: string) => void;
};

const QUOTE_PREVIEW = 160;

/**
 * One claim in the sidebar: its quote and verdict; opened, its fields and sources. Memoised (every
 * prop but the claim keeps its identity), so a change to one claim re-renders one card.
 */
export const ClaimCard = memo(function ClaimCard({ claim, recent, viewers, draft, commentEvents, actor, actions, isFocused, isOpen, isSelected, onToggleSelected, onFocusClaim, onToggleClaim }: Props) {
  const isEditable = canEditClaim(actor, { createdById: claim.createdBy.id });
  const { policy } = useReviewContext();
  // Under blind review the final verdict is set beside the reviews (Reviews, below), by editors only.
  const verdictLocked =
    policy !== "blind"
      ? null
      : canSetVerdict(actor, { createdById: claim.createdBy.id }, policy)
        ? "Blind review: set the final verdict under Reviews, beside them."
        : "Blind review: only an editor sets the final verdict. Record your own review below.";
  const isRecent = useIsRecent(recent);
  const quote = claim.selector.exact.length > QUOTE_PREVIEW ? `${claim.selector.exact.slice(0, QUOTE_PREVIEW)}…` : claim.selector.exact;
  const head = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // Enter on a closed card opens it and then moves the focus in, once the body is there.
  const wantsBodyFocus = useRef(false);
  useEffect(() => {
    if (!isOpen || !wantsBodyFocus.current) return;
    wantsBodyFocus.current = false;
    firstFieldOf(body.current)?.focus();
  }, [isOpen]);

  /** Enter opens the card (never closes it) and moves the focus into its form. */
  function handleHeadKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== "Enter" || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    if (isOpen) {
      firstFieldOf(body.current)?.focus();
      return;
    }
    wantsBodyFocus.current = true;
    onFocusClaim(claim.id, { scroll: true });
    onToggleClaim(claim.id);
  }

  /** Escape closes the open card and gives the focus back to it; unsaved edits keep it open. */
  function handleCardKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (event.key !== "Escape" || event.defaultPrevented || !isOpen) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.currentTarget.querySelector("[data-dirty='true']")) {
      actions.setFeedback({ kind: "error", message: "This claim has unsaved changes: save them, or put them back, then press Escape to close it.", claimId: claim.id });
      return;
    }
    onToggleClaim(claim.id);
    head.current?.focus();
  }

  return (
    <li className={`claim-card ${styles.card}${isFocused ? " is-focused" : ""}${isOpen ? " is-open" : ""}`} data-claim-card={claim.id} onKeyDown={handleCardKeyDown}>
      {isRecent && recent ? (
        <span key={recent.at} className={styles.flash} role="status" title={`${CHANGE_WORDS[recent.kind]} ${recent.by.name}`} data-testid="recent-change">
          <span aria-hidden="true">{initialsOf(recent.by.name)}</span>
          <span className="visually-hidden">
            {CHANGE_WORDS[recent.kind]} {recent.by.name}
          </span>
        </span>
      ) : null}
      {isSelected !== null ? (
        <input type="checkbox" className={styles.select} checked={isSelected} onChange={() => onToggleSelected(claim.id)} aria-label={`Select “${quote.slice(0, 60)}” to assign`} />
      ) : null}
      <button
        ref={head}
        type="button"
        className={`claim-card-head ${styles.head}`}
        onKeyDown={handleHeadKeyDown}
        aria-expanded={isOpen}
        tabIndex={isFocused ? 0 : -1}
        onClick={() => {
          onFocusClaim(claim.id, { scroll: true });
          onToggleClaim(claim.id);
        }}
        onFocus={() => onFocusClaim(claim.id, { scroll: true })}
      >
        <span className={`claim-quote ${styles.quote}`}>“{quote}”</span>
        <span className={styles.meta}>
          <VerdictBadge verdict={claim.verdict} />
          <span className={shared.statusPill}>{STATUS_LABELS[claim.status]}</span>
          {claim.recheck ? <span className={styles.recheckTag}>Re-check</span> : null}
          {claim.assignee ? <span className="muted small">→ {claim.assignee.name}</span> : null}
          <span className="muted small">
            {claim.createdBy.name} · {claim.sources.length} source{claim.sources.length === 1 ? "" : "s"}
          </span>
          {viewers.length ? (
            <span className={styles.viewers} aria-label={`Here now: ${viewers.map((viewer) => viewer.name).join(", ")}`}>
              {viewers.map((viewer) => (
                <span key={viewer.id} className={`${avatar.avatar} ${avatar.small}`} title={`${viewer.name} is on this claim`} data-testid="claim-viewer">
                  {initialsOf(viewer.name)}
                </span>
              ))}
            </span>
          ) : null}
        </span>
      </button>
      {isOpen ? (
        <div className={styles.body} ref={body}>
          <RecheckNotice claim={claim} actor={actor} actions={actions} />
          <AssigneePicker claim={claim} canAssign={canAssignClaims(actor)} actions={actions} />
          {isEditable ? (
            <ClaimForm key={draft ? "with-draft" : "plain"} claim={claim} draft={draft} verdictLocked={verdictLocked} changedBy={recent?.kind === "updated" ? recent.by : null} onSave={(changes) => actions.updateClaim(claim, changes)} />
          ) : (
            <dl className={`claim-readonly ${styles.readonly}`}>
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
          <ReviewPanel claim={claim} actor={actor} actions={actions} />
          <CommentThreads claim={claim} actor={actor} events={commentEvents} />
          <ClaimHistory claimId={claim.id} />
          {canDeleteClaim(actor, { createdById: claim.createdBy.id }) ? (
            <button
              type="button"
              className="button button-danger"
              onClick={() => void actions.deleteClaim(claim)}
            >
              Delete claim
            </button>
          ) : null}
        </div>
      ) : null}
      {/* Last in the card and sticky: in view while any of the card is, wherever its action was. */}
      <CardFeedback store={actions.feedbackStore} claimId={claim.id} />
    </li>
  );
});

/** Where Enter on the card's head sends the focus: its form's first field, else its first control. */
function firstFieldOf(body: HTMLElement | null): HTMLElement | null {
  return body?.querySelector<HTMLElement>(".claim-form input, .claim-form select, .claim-form textarea") ?? body?.querySelector<HTMLElement>("input, select, textarea, button, a[href], summary") ?? null;
}

const CHANGE_WORDS: Record<RecentChange["kind"], string> = { created: "Marked by", updated: "Changed by", sources: "Sources changed by" };

/** True for RECENT_MS after a change, then false (re-rendering the card once when it expires). */
function useIsRecent(recent: RecentChange | undefined): boolean {
  const [expired, setExpired] = useState<number | null>(null);
  const at = recent?.at;
  useEffect(() => {
    if (at === undefined) return;
    const timer = setTimeout(() => setExpired(at), Math.max(0, at + RECENT_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [at]);
  return at !== undefined && expired !== at;
}
