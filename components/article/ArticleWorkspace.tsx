"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Actor } from "@/lib/auth/actor";
import { canCreateClaim, canEditArticle } from "@/lib/auth/permissions";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import type { ArticleView } from "@/lib/data/articles/present-article";
import type { ClaimView } from "@/lib/data/claims/present-claim";
import type { HighlightClaim } from "@/lib/editor/claim-decorations";
import { ClaimSidebar } from "@/components/claims/ClaimSidebar";
import { useClaimStore } from "@/components/claims/use-claim-store";
import { ArticleEditBar } from "./ArticleEditBar";
import { ArticleEditor, type ArticleEditorHandle, type TextSelection } from "./ArticleEditor";

/** The article without its plain text: the browser derives that from the document (half the payload). */
export type WorkspaceArticle = Omit<ArticleView, "text">;

type Props = { article: WorkspaceArticle; actor: Actor };

/**
 * How long the article text may wait for the claims. Drawn together, the text and its highlights
 * take one pass over the article; the text first and the highlights after take two (on a
 * 100,000-word article with 2,000 claims, about 200 ms more). Past this wait the text goes first.
 */
const WAIT_FOR_CLAIMS_MS = 250;

const NO_CLAIMS: ClaimView[] = [];

function useEditorReadiness(loadState: "loading" | "loaded" | "failed"): boolean {
  const [hasWaited, setHasWaited] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setHasWaited(true), WAIT_FOR_CLAIMS_MS);
    return () => clearTimeout(timer);
  }, []);
  return hasWaited || loadState !== "loading";
}

/** The review page: the article in the editor, the claims beside it, and everything between them. */
export function ArticleWorkspace({ article: initialArticle, actor }: Props) {
  const [article, setArticle] = useState<WorkspaceArticle>(initialArticle);
  const store = useClaimStore(article.id);
  const editorRef = useRef<ArticleEditorHandle>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [isEditing, setIsEditing] = useState(false);
  const [isSavingText, setIsSavingText] = useState(false);
  const [editError, setEditError] = useState<string | null>(null);

  const { claims, actions } = store;
  // On the first load the sidebar lists the claims only once the editor is up, so that on a long
  // list the article and its highlights are drawn first (the sidebar's render used to hold up
  // creating the editor). From then on the two render together.
  const [hasEditor, setHasEditor] = useState(false);
  const handleEditorReady = useCallback(() => setHasEditor(true), []);
  const isSidebarLive = hasEditor || store.loadState === "failed";
  const sidebarClaims = isSidebarLive ? claims : NO_CLAIMS;
  const isEditorReady = useEditorReadiness(store.loadState);
  useEffect(() => void performance.mark("claimdesk:workspace-hydrated"), []);
  const highlights = useMemo<HighlightClaim[]>(
    () => claims.filter((claim) => !claim.orphan).map((claim) => ({ id: claim.id, start: claim.selector.start, end: claim.selector.end, verdict: claim.verdict })),
    [claims],
  );

  // Every callback below keeps its identity, so the memoised editor and claim cards re-render only
  // when what they show changes.
  const focusClaim = useCallback((claimId: string, options: { scroll?: boolean } = {}) => {
    setFocusedId(claimId);
    if (options.scroll) editorRef.current?.scrollToClaim(claimId);
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
    const claim = await actions.createClaim(current, (saved) =>
      editorRef.current?.addHighlight({ id: saved.id, start: saved.selector.start, end: saved.selector.end, verdict: saved.verdict }),
    );
    if (claim) {
      cardToFocus.current = claim.id;
      setFocusedId(claim.id);
      setOpenId(claim.id);
    } else {
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
    if (document.activeElement === sidebarRef.current) head.focus();
  }, [openId, sidebarClaims]);
  const handleMarkClaim = useCallback(() => void markClaim(), [markClaim]);

  async function saveText() {
    setIsSavingText(true);
    setEditError(null);
    try {
      const result = await apiFetch<{ article: ArticleView; reanchored: { moved: number; fuzzy: number; orphaned: number } }>(
        `/api/articles/${article.id}`,
        { method: "PATCH", body: { version: article.version, html: editorRef.current?.getHtml() ?? "" } },
      );
      editorRef.current?.setDoc(result.article.doc);
      setArticle(result.article);
      await actions.reload();
      setIsEditing(false);
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
    editorRef.current?.setDoc(article.doc);
    setIsEditing(false);
    setEditError(null);
  }

  return (
    <div className="workspace">
      <article className="workspace-article" aria-labelledby="article-title">
        <header className="article-head">
          <h1 id="article-title">{article.title}</h1>
          {article.standfirst ? <p className="article-standfirst">{article.standfirst}</p> : null}
          <p className="article-meta">
            {[article.byline, article.publisher].filter(Boolean).join(" · ") || "Unknown source"}
            {article.sourceUrl ? (
              <>
                {" · "}
                <a href={article.sourceUrl} rel="noopener noreferrer" target="_blank">
                  Original
                </a>
              </>
            ) : null}
            <span className="muted"> · version {article.version}</span>
          </p>
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
        </header>
        {isEditorReady ? (
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
            onReady={handleEditorReady}
          />
        ) : (
          <div className="article-editor-loading" aria-busy="true" aria-label="Loading the article" />
        )}
      </article>
      <aside ref={sidebarRef} className="workspace-sidebar" aria-label="Claims" tabIndex={-1}>
        <ClaimSidebar
          articleId={article.id}
          actor={actor}
          claims={sidebarClaims}
          loadState={isSidebarLive ? store.loadState : "loading"}
          feedback={store.feedback}
          actions={actions}
          focusedId={focusedId}
          openId={openId}
          selection={isEditing ? null : selection}
          onFocusClaim={focusClaim}
          onToggleClaim={toggleClaim}
        />
      </aside>
    </div>
  );
}
