"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Actor } from "@/lib/policies/actor";
import { canCreateClaim, canEditArticle } from "@/lib/policies/permissions";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import type { HighlightClaim } from "@/lib/editor/claim-decorations";
import { ClaimSidebar } from "@/components/claims/ClaimSidebar";
import { useClaimStore } from "@/components/claims/use-claim-store";
import { ArticleEditBar } from "./ArticleEditBar";
import { ArticleEditor, type ArticleEditorHandle, type TextSelection } from "./ArticleEditor";
import { highlightOf, useHighlights } from "./use-highlights";
import { ActivityPanel } from "./ActivityPanel";
import { ArticleHeader } from "./ArticleHeader";
import { usePresence } from "./use-presence";
import type { LiveEventData } from "@/lib/realtime/live-event";
import type { PresenceUser } from "@/lib/views/presence";
import { useArticleStream } from "@/lib/realtime/use-article-stream";
import { CommentEvents } from "@/components/comments/use-comments";
import { ReviewEvents } from "@/components/reviews/review-context";
import { ReviewScope } from "@/components/reviews/ReviewScope";
import type { ReviewPolicy } from "@/lib/validation/reviews";
import type { ArticleView } from "@/lib/views/article";
import { ZArticleEditAnswer } from "@/lib/views/article";

/** The article without its plain text: the browser derives that from the document (half the payload). */
export type WorkspaceArticle = Omit<ArticleView, "text">;

type Props = {
  article: WorkspaceArticle;
  /** Where the highlights go, rendered with the page: drawn with the text, before the claims load. */
  initialHighlights: HighlightClaim[];
  actor: Actor;
  /** The event log's position when the page was rendered: the live stream replays what came after. */
  startAfter: string;
  /** A claim to open at once (a link from My work). */
  openClaimId?: string | null;
};

/** The review page: the article in the editor, the claims beside it, and everything between them. */
export function ArticleWorkspace({ article: initialArticle, initialHighlights, actor, startAfter, openClaimId = null }: Props) {
  const [article, setArticle] = useState<WorkspaceArticle>(initialArticle);
  const store = useClaimStore(article.id, actor.id);
  const [presence, setPresence] = useState<PresenceUser[]>([]);
  const [commentEvents] = useState(() => new CommentEvents());
  const [reviewEvents] = useState(() => new ReviewEvents());
  const handlePolicyChange = useCallback((reviewPolicy: ReviewPolicy) => setArticle((shown) => ({ ...shown, reviewPolicy })), []);
  const [liveTick, setLiveTick] = useState(0);
  const others = useMemo(() => presence.filter((user) => user.id !== actor.id), [presence, actor.id]);
  const editorRef = useRef<ArticleEditorHandle>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(openClaimId);
  const [openId, setOpenId] = useState<string | null>(openClaimId);
  const [isEditing, setIsEditing] = useState(false);
  const [isSavingText, setIsSavingText] = useState(false);
  const [editError, setEditError] = useState<string | null>(null);

  const { claims, actions } = store;
  useEffect(() => void performance.mark("claimdesk:workspace-hydrated"), []);
  const { highlights, forgetPageHighlights } = useHighlights(initialHighlights, claims, store.loadState);
  usePresence(article.id, openId ?? focusedId);

  // Opening a claim is seeing the comments on it that mention me: they leave My work.
  const seenClaims = useRef(new Set<string>());
  useEffect(() => {
    if (!openId || seenClaims.current.has(openId)) return;
    seenClaims.current.add(openId);
    void apiFetch("/api/me/mentions/seen", { method: "POST", body: { claimId: openId } }).catch(() => seenClaims.current.delete(openId));
  }, [openId]);
  // A claim asked for by the link: its words are shown once the claims are there.
  const hasScrolledToLinked = useRef(false);
  useEffect(() => {
    if (!openClaimId || hasScrolledToLinked.current || !claims.some((claim) => claim.id === openClaimId)) return;
    hasScrolledToLinked.current = true;
    editorRef.current?.scrollToClaim(openClaimId);
  }, [claims, openClaimId]);

  // Live: every change by anyone, applied where it belongs; what the user is doing is left alone.
  const articleRef = useRef(article);
  const isEditingRef = useRef(isEditing);
  useEffect(() => {
    articleRef.current = article;
    isEditingRef.current = isEditing;
  });
  const handleLiveEvent = useCallback(
    (event: LiveEventData) => {
      setLiveTick((tick) => tick + 1);
      reviewEvents.publish(event);
      if (event.type === "article.policy") {
        if (event.changes.reviewPolicy) handlePolicyChange(event.changes.reviewPolicy.to);
        return;
      }
      if (event.type !== "article.updated") {
        actions.applyEvent(event);
        commentEvents.publish(event);
        if (event.type === "claim.created" && event.actor?.id !== actor.id) editorRef.current?.flashClaim(event.claim.id);
        return;
      }
      const current = articleRef.current;
      const incoming = event.article;
      if (incoming.version < current.version || (incoming.version === current.version && incoming.title === current.title)) return;
      const { text: _text, ...next } = incoming;
      if (!event.textChanged || incoming.version === current.version) {
        setArticle((shown) => ({ ...shown, title: incoming.title, updatedAt: incoming.updatedAt }));
        return;
      }
      if (isEditingRef.current) {
        // Keep the editor's unsaved text; saving it now would be refused (the version moved on).
        setEditError(`${event.actor?.name ?? "Someone"} saved a new version of the article just now. Cancel to see it; your edit cannot be saved over it.`);
        return;
      }
      // The claims were re-anchored on the server: show the new text, then its claims' new places.
      editorRef.current?.setDoc(incoming.doc, []);
      forgetPageHighlights();
      setArticle(next);
      void actions.reload({ discardOnFailure: true });
      actions.setFeedback({ kind: "done", message: `${event.actor?.name ?? "Someone"} edited the article (version ${incoming.version}); the claims were re-anchored.` });
    },
    [actions, actor.id, commentEvents, reviewEvents, handlePolicyChange, forgetPageHighlights],
  );
  const connection = useArticleStream(article.id, startAfter, { onEvent: handleLiveEvent, onPresence: setPresence });
  // Back online (the stream says so before the browser's "online" event at times): send what waited.
  useEffect(() => {
    if (connection === "live") void actions.sendQueued();
  }, [connection, actions]);

  // Every callback below keeps its identity, so the memoised editor and claim cards re-render only
  // when what they show changes.
  // A just-marked claim's card takes the focus without scrolling the text: its words are where the
  // reviewer just selected them (and a flash there would only cost frames while they mark the next).
  // One-shot: the browser may deliver that focus later (the window was in the background, say).
  const savedCardFocus = useRef<string | null>(null);
  const focusClaim = useCallback((claimId: string, options: { scroll?: boolean } = {}) => {
    setFocusedId(claimId);
    const isSavedCard = savedCardFocus.current === claimId;
    savedCardFocus.current = null;
    if (options.scroll && !isSavedCard) editorRef.current?.scrollToClaim(claimId);
  }, []);
  const openClaim = useCallback((claimId: string) => {
    setFocusedId(claimId);
    setOpenId(claimId);
    editorRef.current?.scrollToClaim(claimId);
  }, []);
  const toggleClaim = useCallback((claimId: string) => setOpenId((current) => (current === claimId ? null : claimId)), []);
  const focusedRef = useRef(focusedId);
  useEffect(() => {
    focusedRef.current = focusedId;
  }, [focusedId]);
  const openClaimAt = useCallback((ids: string[]) => {
    // Clicking overlapping highlights again steps to the next claim under the pointer.
    const id = ids.length > 1 && ids[0] === focusedRef.current ? ids[1]! : ids[0]!;
    setFocusedId(id);
    setOpenId(id);
  }, []);

  // Marking a claim: the selection is taken at once and focus moves to the sidebar, where the
  // saved claim opens with its card focused; if the save fails, the words are selected again.
  const sidebarRef = useRef<HTMLElement>(null);
  const cardToFocus = useRef<string | null>(null);
  const markClaim = useCallback(async () => {
    const current = editorRef.current?.readSelection();
    if (!current) return;
    editorRef.current?.releaseSelection(sidebarRef.current);
    setSelection(null);
    // On every successful attempt, a retry from the feedback line included: the highlight, then the
    // card, opened and focused; a retry also lets go of the words reselected after the failure.
    let isRetry = false;
    const claim = await actions.createClaim(current, (saved) => {
      editorRef.current?.addHighlight(highlightOf(saved));
      if (isRetry) editorRef.current?.releaseSelection(sidebarRef.current);
      cardToFocus.current = saved.id;
      setFocusedId(saved.id);
      setOpenId(saved.id);
    });
    if (!claim) {
      isRetry = true;
      editorRef.current?.selectText(current);
    }
  }, [actions]);
  useEffect(() => {
    if (!openId || cardToFocus.current !== openId) return;
    const head = sidebarRef.current?.querySelector<HTMLElement>(`[data-claim-card="${CSS.escape(openId)}"] .claim-card-head`);
    if (!head) return;
    cardToFocus.current = null;
    // Only if the focus is still where marking the claim left it: never take it from where the
    // user has gone since (back into the text to mark the next claim, say).
    if (document.activeElement !== sidebarRef.current) return;
    savedCardFocus.current = openId;
    head.focus();
  }, [openId, claims]);
  const handleMarkClaim = useCallback(() => void markClaim(), [markClaim]);

  async function saveText() {
    setIsSavingText(true);
    setEditError(null);
    try {
      const result = await apiFetch(`/api/articles/${article.id}`, {
        method: "PATCH",
        body: { version: article.version, html: editorRef.current?.getHtml() ?? "" },
        answer: ZArticleEditAnswer,
      });
      // The claims were re-anchored on the server: no highlight is drawn until they are loaded again.
      editorRef.current?.setDoc(result.article.doc, []);
      forgetPageHighlights();
      setArticle(result.article);
      const hasClaims = await actions.reload({ discardOnFailure: true });
      setIsEditing(false);
      if (!hasClaims) {
        actions.setFeedback({
          kind: "error",
          message: `Article saved (version ${result.article.version}), but its claims could not be loaded.`,
          retry: () => void actions.reload({ discardOnFailure: true }),
        });
        return;
      }
      const { orphaned } = result.reanchored;
      actions.setFeedback({
        kind: "done",
        message: `Article saved (version ${result.article.version}).${orphaned ? ` ${orphaned} claim${orphaned === 1 ? "" : "s"} lost ${orphaned === 1 ? "its" : "their"} text: see Orphaned claims.` : " Every claim still points at its text."}`,
      });
    } catch (error) {
      setEditError(error instanceof ApiError ? error.message : "Could not save the article. Your edits are still here; try again.");
    } finally {
      setIsSavingText(false);
    }
  }

  function cancelEdit() {
    editorRef.current?.setDoc(article.doc, highlights);
    setIsEditing(false);
    setEditError(null);
  }

  return (
    <ReviewScope articleId={article.id} policy={article.reviewPolicy} events={reviewEvents}>
    <div className="workspace">
      <article className="workspace-article" aria-labelledby="article-title">
        <ArticleHeader article={article} actor={actor} connection={connection} others={others} onPolicyChange={handlePolicyChange}>
          {canEditArticle(actor) ? (
            <ArticleEditBar
              isEditing={isEditing}
              isSaving={isSavingText}
              error={editError}
              onStart={() => {
                setIsEditing(true);
                editorRef.current?.focus();
              }}
              onSave={() => void saveText()}
              onCancel={cancelEdit}
            />
          ) : null}
        </ArticleHeader>
        <ArticleEditor
          ref={editorRef}
          doc={article.doc}
          claims={highlights}
          focusedClaimId={focusedId}
          isEditing={isEditing}
          canMarkClaims={canCreateClaim(actor)}
          onSelectionChange={setSelection}
          onMarkClaim={handleMarkClaim}
          onClaimClick={openClaimAt}
        />
      </article>
      <aside ref={sidebarRef} className="workspace-sidebar" aria-label="Claims" tabIndex={-1}>
        <ClaimSidebar
          articleId={article.id}
          actor={actor}
          claims={claims}
          recent={store.recent}
          queued={store.queued}
          drafts={store.drafts}
          commentEvents={commentEvents}
          others={others}
          loadState={store.loadState}
          feedback={store.feedback}
          actions={actions}
          focusedId={focusedId}
          openId={openId}
          selection={isEditing ? null : selection}
          onFocusClaim={focusClaim}
          onToggleClaim={toggleClaim}
        />
        <ActivityPanel articleId={article.id} liveTick={liveTick} onOpenClaim={openClaim} />
      </aside>
    </div>
    </ReviewScope>
  );
}
