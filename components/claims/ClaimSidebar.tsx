"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Actor } from "@/lib/policies/actor";
import { canAssignClaims, canCreateClaim, canEditClaim, canRecordReview, canSeeDeletedClaims, canSetVerdict } from "@/lib/policies/permissions";
import { AgreementPanel } from "@/components/reviews/AgreementPanel";
import { useReviewContext } from "@/components/reviews/review-context";
import { sendReview } from "@/components/reviews/use-reviews";
import { ApiError } from "@/lib/client/api-fetch";
import { BulkAssignBar } from "./BulkAssignBar";
import { VERDICT_LABELS, VERDICTS } from "@/lib/validation/verdicts";
import type { TextSelection } from "@/components/article/ArticleEditor";
import { ClaimCard } from "./ClaimCard";
import { ClaimFilters } from "./ClaimFilters";
import { inTextOrder, matchesFilter, NO_FILTER, type ClaimFilter } from "./claim-filters";
import { DeletedClaims } from "./DeletedClaims";
import { newActionId } from "./feedback-store";
import { ExportLinks } from "./ExportLinks";
import { OrphanList } from "./OrphanList";
import type { ClaimActions, ClaimStore } from "./use-claim-store";
import { VerdictLegend } from "./VerdictLegend";
import { QueuedWrites } from "./QueuedWrites";
import type { CommentEvents } from "@/components/comments/use-comments";
import { groupBy } from "@/lib/group-by";
import type { PresenceUser } from "@/lib/views/presence";
import styles from "./ClaimSidebar.module.css";

const CARDS_PER_PAGE = 40;

type Props = {
  articleId: string;
  actor: Actor;
  claims: ClaimStore["claims"];
  recent: ClaimStore["recent"];
  queued: ClaimStore["queued"];
  drafts: ClaimStore["drafts"];
  commentEvents: CommentEvents;
  /** The others on the article, with the claim each is on. */
  others: PresenceUser[];
  loadState: ClaimStore["loadState"];
  actions: ClaimActions;
  focusedId: string | null;
  openId: string | null;
  selection: TextSelection | null;
  onFocusClaim: (claimId: string, options?: { scroll?: boolean }) => void;
  onToggleClaim: (claimId: string) => void;
};

const NOBODY: PresenceUser[] = [];

export function ClaimSidebar({ articleId, actor, claims, recent, queued, drafts, commentEvents, others, loadState, actions, focusedId, openId, selection, onFocusClaim, onToggleClaim }: Props) {
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const { policy, events: reviewEvents, disagreements } = useReviewContext();
  const anchored = useMemo(() => inTextOrder(claims.filter((claim) => !claim.orphan)), [claims]);
  const orphans = useMemo(() => claims.filter((claim) => claim.orphan), [claims]);
  const visible = useMemo(() => anchored.filter((claim) => matchesFilter(claim, filter, disagreements)), [anchored, filter, disagreements]);
  // Editors select claims to assign them in one go.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggleSelected = useCallback((claimId: string) => setSelected((current) => new Set(current.has(claimId) ? [...current].filter((id) => id !== claimId) : [...current, claimId])), []);
  const canSelect = canAssignClaims(actor);
  const viewersByClaim = useMemo(() => groupBy(others.filter((user) => user.claimId), (user) => user.claimId!), [others]);
  const list = useRef<HTMLOListElement>(null);
  const cardElement = (claimId: string) => list.current?.querySelector<HTMLElement>(`[data-claim-card="${CSS.escape(claimId)}"]`);
  // Long lists render in pages as they scroll into view; a focused claim is always rendered.
  const [limit, setLimit] = useState(CARDS_PER_PAGE);
  const focusedIndex = focusedId ? visible.findIndex((claim) => claim.id === focusedId) : -1;
  if (focusedIndex >= limit) setLimit(focusedIndex + CARDS_PER_PAGE);
  const rendered = visible.slice(0, limit);
  const sentinel = useRef<HTMLLIElement>(null);

  useEffect(() => {
    const element = sentinel.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setLimit((current) => current + CARDS_PER_PAGE);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [rendered.length]);

  // Keep the focused claim in view: the sidebar never loses its place.
  useEffect(() => {
    if (!focusedId) return;
    cardElement(focusedId)?.scrollIntoView({ block: "nearest" });
  }, [focusedId]);

  function handleKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const target = event.target as HTMLElement;
    if (target.closest("form, input, textarea, select")) return;
    const index = visible.findIndex((claim) => claim.id === focusedId);
    const move = (delta: number) => {
      const next = visible[Math.max(0, Math.min(visible.length - 1, (index < 0 ? -delta : index) + delta))];
      if (!next) return;
      event.preventDefault();
      onFocusClaim(next.id, { scroll: true });
      cardElement(next.id)?.querySelector<HTMLButtonElement>(".claim-card-head")?.focus();
    };
    if (event.key === "j" || event.key === "ArrowDown") move(1);
    else if (event.key === "k" || event.key === "ArrowUp") move(-1);
    else if (/^[0-7]$/.test(event.key) && index >= 0) {
      const claim = visible[index]!;
      const verdict = event.key === "0" ? null : VERDICTS[Number(event.key) - 1]!;
      if (policy === "blind" && !canSetVerdict(actor, { createdById: claim.createdBy.id }, policy)) {
        // Blind review: the keys record my own review, never the final verdict.
        if (!verdict || !canRecordReview(actor)) return;
        event.preventDefault();
        void recordOwnReview(claim.id, verdict);
        return;
      }
      if (!canEditClaim(actor, { createdById: claim.createdBy.id })) return;
      event.preventDefault();
      void actions.updateClaim(claim, { verdict }, verdict ? `Verdict set: ${verdict}.` : "Verdict cleared.");
    }
  }

  async function recordOwnReview(claimId: string, rating: (typeof VERDICTS)[number]) {
    const actionId = newActionId();
    actions.setFeedback({ kind: "pending", message: "Recording your review…", claimId, actionId });
    try {
      await sendReview(claimId, rating);
      reviewEvents.touch(claimId);
      actions.setFeedback({ kind: "done", message: `Your review: ${VERDICT_LABELS[rating]}.`, claimId, actionId });
    } catch (caught) {
      actions.setFeedback({ kind: "error", message: caught instanceof ApiError ? caught.message : "Could not record your review.", retry: () => void recordOwnReview(claimId, rating), claimId, actionId });
    }
  }

  return (
    <div className="claim-sidebar">
      <div className={`sidebar-head ${styles.head}`}>
        <h2>
          Claims <span className="count" data-testid="claim-count">{anchored.length}</span>
        </h2>
      </div>
      <QueuedWrites items={queued} onSend={() => void actions.sendQueued()} />
      {anchored.length > 0 ? (
        <>
          <ClaimFilters claims={anchored} filter={filter} disagreements={disagreements} onChange={setFilter} />
          <ExportLinks articleId={articleId} filter={filter} />
        </>
      ) : null}
      {loadState === "loading" && anchored.length === 0 ? (
        <p className="muted small claims-loading" role="status" aria-busy="true">
          Loading claims…
        </p>
      ) : loadState === "failed" ? (
        <div className="empty-state small" role="alert">
          <p>The claims could not be loaded.</p>
          <button type="button" className="button" onClick={() => void actions.reload()}>
            Try again
          </button>
        </div>
      ) : anchored.length === 0 ? (
        <div className="empty-state small" role="status">
          {canCreateClaim(actor) ? (
            <p>
              No claims yet. Select a sentence in the article and press <kbd>C</kbd> (or “Mark as claim”).
            </p>
          ) : (
            <p>No claims yet.</p>
          )}
        </div>
      ) : visible.length === 0 ? (
        <p className="muted small" role="status">
          No claim matches these filters.{" "}
          <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
            Show all
          </button>
        </p>
      ) : (
        <>
          {visible.length < anchored.length ? (
            <p className="muted small" role="status">
              Showing {visible.length} of {anchored.length}
            </p>
          ) : null}
          {canSelect ? <BulkAssignBar articleId={articleId} selected={selected} actions={actions} onDone={() => setSelected(new Set())} /> : null}
          <ol ref={list} className={`claim-list ${styles.list}`} aria-label="Claims in text order" onKeyDown={handleKeyDown}>
            {rendered.map((claim, index) => (
              <ClaimCard
                key={claim.id}
                claim={claim}
                recent={recent[claim.id]}
                draft={drafts[claim.id]}
                commentEvents={commentEvents}
                viewers={viewersByClaim.get(claim.id) ?? NOBODY}
                actor={actor}
                actions={actions}
                isFocused={claim.id === focusedId || (!focusedId && index === 0)}
                isOpen={claim.id === openId}
                isSelected={canSelect ? selected.has(claim.id) : null}
                onToggleSelected={toggleSelected}
                onFocusClaim={onFocusClaim}
                onToggleClaim={onToggleClaim}
              />
            ))}
            {rendered.length < visible.length ? (
              <li ref={sentinel} className="muted small" aria-hidden="true">
                Loading more claims…
              </li>
            ) : null}
          </ol>
        </>
      )}
      <OrphanList orphans={orphans} actor={actor} actions={actions} selection={selection} />
      {canSeeDeletedClaims(actor) ? <DeletedClaims articleId={articleId} actions={actions} /> : null}
      <AgreementPanel onShowDisagreements={() => setFilter({ ...NO_FILTER, flag: "disagreements" })} />
      <VerdictLegend keysRecordReviews={policy === "blind" && !canSetVerdict(actor, { createdById: "" }, policy)} />
    </div>
  );
}
