"use client";

import { flushSync } from "react-dom";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Actor } from "@/lib/policies/actor";
import { canCreateClaim, canEditArticle } from "@/lib/policies/permissions";
import { apiFetch } from "@/lib/client/api-fetch";
import type { HighlightClaim } from "@/lib/editor/claim-decorations";
import { ClaimSidebar } from "@/components/claims/ClaimSidebar";
import { CaretClaims } from "./CaretClaims";
import { ClaimChooser } from "./ClaimChooser";
import { useTextClaims } from "./use-text-claims";
import { PaneSwitch, SheetBar } from "./PaneSwitch";
import { useIsNarrow, useWorkspacePane } from "./use-workspace-pane";
import layoutStyles from "./WorkspaceLayout.module.css";
import { FeedbackToasts } from "@/components/claims/FeedbackToasts";
import { useClaimStore } from "@/components/claims/use-claim-store";
import { useTextEdit } from "./use-text-edit";
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

/** The sheet's own bar, above the card it shows (WorkspaceLayout.module.css). */
const SHEET_BAR_PX = 56;

/** The review page: the article in the editor, the claims beside it, and everything between them. */
export function ArticleWorkspace({ article: initialArticle, initialHighlights, actor, startAfter, openClaimId = null }: Props) {
  const [article, setArticle] = useState<WorkspaceArticle>(initialArticle);
  const store = useClaimStore(article.id, actor.id);
  const [presence, setPresence] = useState<PresenceUser[]>([]);
  const [commentEvents] = useState(() => new CommentEvents());
  const [reviewEvents] = useState(() => new ReviewEvents());
  const handlePolicyChange = useCallback((reviewPolicy: ReviewPolicy) => setArticle((shown) => ({ ...shown, reviewPolicy })), []);
  const showArticleDetails = useCallback((next: ArticleView) => setArticle((shown) => ({ ...shown, sourceUrl: next.sourceUrl, language: next.language, updatedAt: next.updatedAt })), []);
  const [liveTick, setLiveTick] = useState(0);
  const others = useMemo(() => presence.filter((user) => user.id !== actor.id), [presence, actor.id]);
  const editorRef = useRef<ArticleEditorHandle>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(openClaimId);
  const [openId, setOpenId] = useState<string | null>(openClaimId);
  const sidebarRef = useRef<HTMLElement>(null);
  const layout = useWorkspacePane();
  const isNarrow = useIsNarrow();
  const { openSheet } = layout;

  const { claims, actions } = store;
  useEffect(() => void performance.mark("claimdesk:workspace-hydrated"), []);
  const { highlights, forgetPageHighlights } = useHighlights(initialHighlights, claims, store.loadState);
  const textEdit = useTextEdit({ article, onSaved: setArticle, editorRef, actions, highlights, forgetPageHighlights });
  const { isEditing, setError: setEditError } = textEdit;
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
      const sameDetails = incoming.title === current.title && incoming.sourceUrl === current.sourceUrl && incoming.language === current.language;
      if (incoming.version < current.version || (incoming.version === current.version && sameDetails)) return;
      const { text: _text, ...next } = incoming;
      if (!event.textChanged || incoming.version === current.version) {
        setArticle((shown) => ({ ...shown, title: incoming.title, sourceUrl: incoming.sourceUrl, language: incoming.language, updatedAt: incoming.updatedAt }));
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
    [actions, actor.id, commentEvents, reviewEvents, handlePolicyChange, forgetPageHighlights, setEditError],
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
  const cardToFocus = useRef<string | null>(null);
  const cardHead = (claimId: string) => sidebarRef.current?.querySelector<HTMLElement>(`[data-claim-card="${CSS.escape(claimId)}"] .claim-card-head`);
  // A claim opened in the sheet (narrow screens): once its card is drawn, the sheet shows it from its
  // top, and its words move, if need be, to stay in sight above the sheet.
  useEffect(() => {
    if (!layout.isSheetOpen || !openId || !isNarrow) return;
    let frame = 0;
    let framesLeft = 30;
    const place = () => {
      const sheet = sidebarRef.current;
      const head = cardHead(openId);
      if (!sheet || (!head && framesLeft-- > 0)) {
        frame = requestAnimationFrame(place);
        return;
      }
      const sheetTop = sheet.getBoundingClientRect().top;
      if (head) sheet.scrollTo({ top: sheet.scrollTop + head.getBoundingClientRect().top - sheetTop - SHEET_BAR_PX });
      editorRef.current?.keepClaimBetween(openId, 16, sheetTop - 16);
    };
    frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
  }, [layout.isSheetOpen, openId, isNarrow]);
  /** A claim reached from the text (narrow screens: in the sheet, over the words, which stay put). */
  const openFromText = useCallback((claimId: string, moveFocus: boolean) => {
    const open = () => {
      openSheet();
      setFocusedId(claimId);
      setOpenId(claimId);
    };
    if (!moveFocus) return open();
    flushSync(open);
    savedCardFocus.current = claimId; // its words are where the reader is: no scrolling there
    cardHead(claimId)?.focus();
  }, [openSheet]);
  const backToText = useCallback(() => editorRef.current?.focus(), []);
  const textClaims = useTextClaims(openFromText, backToText);

  // Marking a claim: the selection is taken at once and focus moves to the sidebar, where the
  // saved claim opens with its card focused; if the save fails, the words are selected again.
  const markClaim = useCallback(async () => {
    const current = editorRef.current?.readSelection();
    if (!current) return;
    flushSync(openSheet); // narrow screens: the new claim opens over the text, where the focus can go
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
  }, [actions, openSheet]);
  useEffect(() => {
    if (!openId || cardToFocus.current !== openId) return;
    const head = cardHead(openId);
    if (!head) return;
    cardToFocus.current = null;
    // Only if the focus is still where marking the claim left it: never take it from where the
    // user has gone since (back into the text to mark the next claim, say).
    if (document.activeElement !== sidebarRef.current) return;
    savedCardFocus.current = openId;
    head.focus();
  }, [openId, claims]);
  const handleMarkClaim = useCallback(() => void markClaim(), [markClaim]);

  return (
    <ReviewScope articleId={article.id} policy={article.reviewPolicy} events={reviewEvents}>
    <div className={layoutStyles.layout} data-pane={layout.pane} data-sheet={layout.isSheetOpen ? "" : undefined}>
      <PaneSwitch pane={layout.pane} claimCount={claims.filter((claim) => !claim.orphan).length} onChange={layout.setPane} />
      <article className={`workspace-article ${layoutStyles.article}`} aria-labelledby="article-title">
        <ArticleHeader article={article} actor={actor} connection={connection} others={others} onPolicyChange={handlePolicyChange} onArticleChange={showArticleDetails}>
          {canEditArticle(actor) ? (
            <ArticleEditBar
              isEditing={isEditing}
              isSaving={textEdit.isSaving}
              error={textEdit.error}
              onStart={textEdit.start}
              onSave={() => void textEdit.save()}
              onCancel={textEdit.cancel}
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
          onClaimClick={textClaims.onClaimClick}
          onCaretClaims={textClaims.onCaretClaims}
        />
        <CaretClaims claimIds={textClaims.caretIds} claims={claims} />
        <ClaimChooser choice={textClaims.choice} claims={claims} onChoose={textClaims.choose} onDismiss={textClaims.dismiss} />
      </article>
      <aside ref={sidebarRef} className={`workspace-sidebar ${layoutStyles.sidebar}`} aria-label="Claims" tabIndex={-1}>
        <SheetBar onClose={layout.closeSheet} onShowAll={() => layout.setPane("claims")} />
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
          actions={actions}
          focusedId={focusedId}
          openId={openId}
          selection={isEditing ? null : selection}
          onFocusClaim={focusClaim}
          onToggleClaim={toggleClaim}
        />
        <ActivityPanel articleId={article.id} liveTick={liveTick} onOpenClaim={openClaim} />
      </aside>
      <FeedbackToasts store={store.feedback} />
    </div>
    </ReviewScope>
  );
}
