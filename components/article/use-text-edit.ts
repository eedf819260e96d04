"use client";

import { useCallback, useState, type RefObject } from "react";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import type { HighlightClaim } from "@/lib/editor/claim-decorations";
import { ZArticleEditAnswer, type ArticleView } from "@/lib/views/article";
import type { ClaimActions } from "@/components/claims/use-claim-store";
import type { ArticleEditorHandle } from "./ArticleEditor";
import type { WorkspaceArticle } from "./ArticleWorkspace";

type Options = {
  article: WorkspaceArticle;
  /** The article as saved (a new version). */
  onSaved: (article: ArticleView) => void;
  editorRef: RefObject<ArticleEditorHandle | null>;
  actions: ClaimActions;
  highlights: readonly HighlightClaim[];
  forgetPageHighlights: () => void;
};

/**
 * An editor's "Edit text" mode: start, cancel (the text as it was, its highlights back), and save,
 * which makes a new version on the server, re-anchors every claim there, and loads them again.
 */
export function useTextEdit({ article, onSaved, editorRef, actions, highlights, forgetPageHighlights }: Options) {
  const [isEditing, setIsEditing] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setIsSaving(true);
    setError(null);
    try {
      const result = await apiFetch(`/api/articles/${article.id}`, {
        method: "PATCH",
        body: { version: article.version, html: editorRef.current?.getHtml() ?? "" },
        answer: ZArticleEditAnswer,
      });
      // The claims were re-anchored on the server: no highlight is drawn until they are loaded again.
      editorRef.current?.setDoc(result.article.doc, []);
      forgetPageHighlights();
      onSaved(result.article);
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
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Could not save the article. Your edits are still here; try again.");
    } finally {
      setIsSaving(false);
    }
  }

  function cancel() {
    editorRef.current?.setDoc(article.doc, highlights);
    setIsEditing(false);
    setError(null);
  }

  const start = useCallback(() => {
    setIsEditing(true);
    editorRef.current?.focus();
  }, [editorRef]);

  return { isEditing, isSaving, error, setError, start, save, cancel };
}
