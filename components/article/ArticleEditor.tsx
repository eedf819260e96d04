"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";
import { buildClaimDecorations, CLAIM_ID_ATTRIBUTE, claimDecoration, type HighlightClaim } from "@/lib/editor/claim-decorations";
import { ClaimHighlights, claimHighlightsKey } from "@/lib/editor/claim-highlights";
import type { ArticleDoc } from "@/lib/editor/document";
import { articleSchemaExtensions } from "@/lib/editor/schema-extensions";
import { blockSpans, posToTextOffset } from "@/lib/editor/text-offsets";

export type TextSelection = { start: number; end: number; exact: string };

export type ArticleEditorHandle = {
  scrollToClaim: (claimId: string) => void;
  getHtml: () => string;
  setDoc: (doc: ArticleDoc) => void;
  focus: () => void;
  clearSelection: () => void;
  /** The selection at this instant (see currentRange). */
  readSelection: () => TextSelection | null;
  /** Draws one new highlight at once, before React re-renders anything (a new claim on screen within a frame). */
  addHighlight: (claim: HighlightClaim) => void;
};

type Props = {
  doc: ArticleDoc;
  claims: HighlightClaim[];
  focusedClaimId: string | null;
  isEditing: boolean;
  canMarkClaims: boolean;
  onSelectionChange: (selection: TextSelection | null) => void;
  onMarkClaim: () => void;
  onClaimClick: (claimIds: string[]) => void;
};

const FLASH_MS = 1400;

/**
 * The document range selected right now. ProseMirror learns of a keyboard selection change a
 * moment after the browser makes it, so a fast Shift+Arrow then C must read the browser's own
 * selection, not the editor state.
 */
function currentRange(editor: Editor): { from: number; to: number } {
  const dom = window.getSelection();
  const root = editor.view.dom;
  if (dom && dom.rangeCount && !dom.isCollapsed && dom.anchorNode && dom.focusNode && root.contains(dom.anchorNode) && root.contains(dom.focusNode)) {
    try {
      const anchor = editor.view.posAtDOM(dom.anchorNode, dom.anchorOffset);
      const head = editor.view.posAtDOM(dom.focusNode, dom.focusOffset);
      return { from: Math.min(anchor, head), to: Math.max(anchor, head) };
    } catch {
      // A node ProseMirror cannot place: fall back to its own idea of the selection.
    }
  }
  return editor.state.selection;
}

/** The selection as plain-text offsets, trimmed of surrounding whitespace. */
function readSelection(editor: Editor): TextSelection | null {
  const { from, to } = currentRange(editor);
  if (from === to) return null;
  const doc = editor.state.doc;
  const spans = blockSpans(doc);
  const text = doc.textBetween(0, doc.content.size, "\n\n");
  let start = posToTextOffset(spans, from);
  let end = posToTextOffset(spans, to);
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end, exact: text.slice(start, end) } : null;
}

export const ArticleEditor = forwardRef<ArticleEditorHandle, Props>(function ArticleEditor(props, ref) {
  const latest = useRef(props);
  latest.current = props;

  const editorRef = useRef<Editor | null>(null);
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      ...articleSchemaExtensions(),
      ClaimHighlights.configure({
        initialClaims: props.claims,
        isEditing: () => latest.current.isEditing,
        onClaimClick: (ids) => latest.current.onClaimClick(ids),
        onMarkClaim: () => {
          if (!latest.current.canMarkClaims || latest.current.isEditing || !editorRef.current || !readSelection(editorRef.current)) return false;
          latest.current.onMarkClaim();
          return true;
        },
      }),
    ],
    content: props.doc,
    editorProps: {
      attributes: {
        class: "article-editor",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": "Article text. Select a passage, then press C to mark it as a claim.",
        "aria-readonly": "true",
      },
    },
    onSelectionUpdate: ({ editor: current }) => latest.current.onSelectionChange(readSelection(current)),
  });
  editorRef.current = editor;

  // Redraw highlights whenever claims or focus change (a few milliseconds even for thousands); the
  // first render already drew the initial claims.
  const drawn = useRef({ claims: props.claims, focusedClaimId: props.focusedClaimId });
  useEffect(() => {
    if (!editor) return;
    if (drawn.current.claims === props.claims && drawn.current.focusedClaimId === props.focusedClaimId) return;
    drawn.current = { claims: props.claims, focusedClaimId: props.focusedClaimId };
    const decorations = buildClaimDecorations(editor.state.doc, props.claims, props.focusedClaimId);
    editor.view.dispatch(editor.state.tr.setMeta(claimHighlightsKey, decorations).setMeta("addToHistory", false));
  }, [editor, props.claims, props.focusedClaimId]);

  useEffect(() => {
    editor?.view.dom.setAttribute("aria-readonly", props.isEditing ? "false" : "true");
    editor?.view.dom.classList.toggle("is-editing", props.isEditing);
  }, [editor, props.isEditing]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToClaim(claimId) {
        const elements = editor?.view.dom.querySelectorAll<HTMLElement>(`[${CLAIM_ID_ATTRIBUTE}="${CSS.escape(claimId)}"]`);
        const first = elements?.[0];
        if (!first || !elements) return;
        const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        first.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
        elements.forEach((element) => {
          element.classList.remove("is-flashing");
          void element.offsetWidth; // restart the animation
          element.classList.add("is-flashing");
          setTimeout(() => element.classList.remove("is-flashing"), FLASH_MS);
        });
      },
      getHtml: () => editor?.getHTML() ?? "",
      setDoc(doc) {
        editor?.chain().setMeta("claimdesk.load", true).setContent(doc, { emitUpdate: false }).run();
      },
      focus: () => editor?.commands.focus(),
      addHighlight(claim) {
        if (!editor) return;
        const decoration = claimDecoration(blockSpans(editor.state.doc), claim, true);
        const current = claimHighlightsKey.getState(editor.state);
        if (!decoration || !current) return;
        editor.view.dispatch(editor.state.tr.setMeta(claimHighlightsKey, current.add(editor.state.doc, [decoration])).setMeta("addToHistory", false));
      },
      readSelection: () => (editor ? readSelection(editor) : null),
      clearSelection() {
        if (editor) editor.commands.setTextSelection(editor.state.selection.to);
      },
    }),
    [editor],
  );

  if (!editor) return <div className="article-editor-loading" aria-busy="true" aria-label="Loading the article" />;

  return (
    <>
      <EditorContent editor={editor} />
      {props.canMarkClaims ? (
        <BubbleMenu editor={editor} shouldShow={({ state }) => !state.selection.empty && !latest.current.isEditing}>
          <div className="bubble-menu">
            <button type="button" className="button button-primary" onMouseDown={(event) => event.preventDefault()} onClick={() => latest.current.onMarkClaim()}>
              Mark as claim <kbd>C</kbd>
            </button>
          </div>
        </BubbleMenu>
      ) : null}
    </>
  );
});
