"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { forwardRef, memo, useEffect, useImperativeHandle, useRef, useState } from "react";
import { addClaimHighlight, CLAIM_ID_ATTRIBUTE, drawHighlights, type DrawnHighlights, type HighlightClaim } from "@/lib/editor/claim-decorations";
import { ClaimHighlights, claimHighlightsKey, firstHighlights, type ScreenPoint } from "@/lib/editor/claim-highlights";
import type { ArticleDoc } from "@/lib/document/article-document";
import { articleSchemaExtensions } from "@/lib/editor/schema-extensions";
import { blockSpans, selectedTextRange, textOffsetToPos } from "@/lib/editor/text-offsets";
import styles from "./ArticleEditor.module.css";

export type TextSelection = { start: number; end: number; exact: string };

export type ArticleEditorHandle = {
  /** Scrolls the claim's words into view, centred, and flashes them. */
  scrollToClaim: (claimId: string) => void;
  /**
   * Scrolls the page, only if need be, so that the claim's words show between `top` and `bottom`
   * (viewport pixels: below a sticky bar, above a sheet).
   */
  keepClaimBetween: (claimId: string, top: number, bottom: number) => void;
  getHtml: () => string;
  /** Replaces the text (outside edit mode's history) and draws `highlights`, whose offsets refer to it. */
  setDoc: (doc: ArticleDoc, highlights: readonly HighlightClaim[]) => void;
  focus: () => void;
  /** The selection at this instant (see currentRange). */
  readSelection: () => TextSelection | null;
  /**
   * Collapses the selection and takes focus out of the text (to `nextFocus`). While a new claim is
   * saved its highlight can then be drawn without ProseMirror re-syncing the browser's selection
   * inside the very words being wrapped, which costs a forced layout of the article.
   */
  releaseSelection: (nextFocus: HTMLElement | null) => void;
  /** Selects a plain-text range again and focuses the text (after a failed save, say). */
  selectText: (range: { start: number; end: number }) => void;
  /** Draws one new highlight at once, before React re-renders anything (a new claim on screen within a frame). */
  addHighlight: (claim: HighlightClaim) => void;
  /** Flashes a claim's highlight without moving anything (a colleague just marked it). */
  flashClaim: (claimId: string) => void;
};

type Props = {
  doc: ArticleDoc;
  claims: HighlightClaim[];
  focusedClaimId: string | null;
  isEditing: boolean;
  canMarkClaims: boolean;
  onSelectionChange: (selection: TextSelection | null) => void;
  onMarkClaim: () => void;
  onClaimClick: (claimIds: string[], at: ScreenPoint) => void;
  onCaretClaims?: (claimIds: string[]) => void;
};

const FLASH_MS = 1400;
const FLASH_ID = "claim-flash";
const FLASH_KEYFRAMES: Keyframe[] = [
  { backgroundColor: "#ffe58a", offset: 0 },
  { backgroundColor: "#ffe58a", offset: 0.3, easing: "ease-out" },
];
/** With reduced motion: a still outline for the same time. */
const STILL_KEYFRAMES: Keyframe[] = [{ outline: "3px solid #d4a72c" }, { outline: "3px solid #d4a72c" }];

/**
 * Flashes a highlight with the Web Animations API. A class added and removed instead changed the
 * article's DOM twice: the restart forced a layout of the whole article, and ProseMirror's DOM
 * observer read every change, once landing just as a new claim's answer arrived (20 ms late).
 */
function flash(element: HTMLElement, reduceMotion: boolean) {
  for (const animation of element.getAnimations()) if (animation.id === FLASH_ID) animation.cancel();
  element.animate(reduceMotion ? STILL_KEYFRAMES : FLASH_KEYFRAMES, { id: FLASH_ID, duration: FLASH_MS });
}

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
  return from === to ? null : selectedTextRange(editor.state.doc, from, to);
}

/** Replaces what the highlights plugin draws, outside the undo history. */
function showHighlights(editor: Editor, update: (current: DrawnHighlights) => DrawnHighlights) {
  const current = claimHighlightsKey.getState(editor.state);
  const next = current && update(current);
  if (!next || next === current) return;
  editor.view.dispatch(editor.state.tr.setMeta(claimHighlightsKey, next).setMeta("addToHistory", false));
}

/**
 * The article in TipTap. Memoised, with options that keep their identity between renders: on a
 * long article every re-render of the editor (TipTap re-applies changed options) costs a frame.
 */
export const ArticleEditor = memo(
  forwardRef<ArticleEditorHandle, Props>(function ArticleEditor(props, ref) {
    const latest = useRef(props);
    latest.current = props;

    const editorRef = useRef<Editor | null>(null);
    const [options] = useState(() => ({
      immediatelyRender: false,
      extensions: [
        ...articleSchemaExtensions(),
        ClaimHighlights.configure({
          initialClaims: props.claims, // the same array as firstHighlights' below: one drawing serves both
          isEditing: () => latest.current.isEditing,
          onClaimClick: (ids, at) => latest.current.onClaimClick(ids, at),
          onCaretClaims: (ids) => latest.current.onCaretClaims?.(ids),
          onMarkClaim: () => {
            if (!latest.current.canMarkClaims || latest.current.isEditing || !editorRef.current || !readSelection(editorRef.current)) return false;
            latest.current.onMarkClaim();
            return true;
          },
        }),
      ],
      editorProps: {
        attributes: {
          class: `article-editor ${styles.editor}`,
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": "Article text. Select a passage, then press C to mark it as a claim.",
          "aria-readonly": "true",
        },
        decorations: firstHighlights(props.claims),
      },
      onSelectionUpdate: ({ editor: current }: { editor: Editor }) => latest.current.onSelectionChange(readSelection(current)),
      // User Timing marks: the rendering benchmark reads them (and so can the browser's devtools).
      onBeforeCreate: () => performance.mark("claimdesk:editor-create"),
      onCreate: () => performance.mark("claimdesk:editor-created"),
    }));
    const editor = useEditor({ ...options, content: props.doc });
    editorRef.current = editor;

    // Redraw the highlights whenever claims or focus change; only the changed claims are touched.
    // While an editor edits the text the highlights follow the edit instead (the claims' offsets
    // refer to the saved text), and the first render already drew the initial claims.
    const drawn = useRef({ claims: props.claims, focusedClaimId: props.focusedClaimId });
    useEffect(() => {
      if (!editor || props.isEditing) return;
      if (drawn.current.claims === props.claims && drawn.current.focusedClaimId === props.focusedClaimId) return;
      drawn.current = { claims: props.claims, focusedClaimId: props.focusedClaimId };
      showHighlights(editor, (current) => drawHighlights(editor.state.doc, props.claims, props.focusedClaimId, current));
    }, [editor, props.claims, props.focusedClaimId, props.isEditing]);

    useEffect(() => {
      editor?.view.dom.setAttribute("aria-readonly", props.isEditing ? "false" : "true");
      editor?.view.dom.classList.toggle("is-editing", props.isEditing);
    }, [editor, props.isEditing]);

    useImperativeHandle(
      ref,
      () => ({
        keepClaimBetween(claimId, top, bottom) {
          const first = editor?.view.dom.querySelector<HTMLElement>(`[${CLAIM_ID_ATTRIBUTE}="${CSS.escape(claimId)}"]`);
          if (!first) return;
          const box = first.getBoundingClientRect();
          if (box.top >= top && box.bottom <= bottom) return;
          const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
          // As little as will do: the words' lower edge to the bottom of the room, or (when they are taller
          // than the room, or above it) their top to its top.
          const by = box.top < top || box.height > bottom - top ? box.top - top : box.bottom - bottom;
          window.scrollBy({ top: by, behavior: reduceMotion ? "auto" : "smooth" });
        },
        scrollToClaim(claimId) {
          const elements = editor?.view.dom.querySelectorAll<HTMLElement>(`[${CLAIM_ID_ATTRIBUTE}="${CSS.escape(claimId)}"]`);
          const first = elements?.[0];
          if (!first || !elements) return;
          const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
          first.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
          elements.forEach((element) => flash(element, reduceMotion));
        },
        flashClaim(claimId) {
          const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
          // After the claim's highlight is drawn (the claims re-render first).
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              editor?.view.dom.querySelectorAll<HTMLElement>(`[${CLAIM_ID_ATTRIBUTE}="${CSS.escape(claimId)}"]`).forEach((element) => flash(element, reduceMotion));
            }),
          );
        },
        getHtml: () => editor?.getHTML() ?? "",
        setDoc(doc, highlights) {
          if (!editor) return;
          editor.chain().setMeta("claimdesk.load", true).setContent(doc, { emitUpdate: false }).run();
          // Replacing the whole text drops the mapped highlights: draw the given ones on the new text.
          showHighlights(editor, (current) => drawHighlights(editor.state.doc, highlights, latest.current.focusedClaimId, current));
        },
        focus: () => editor?.commands.focus(),
        addHighlight(claim) {
          if (!editor) return;
          // (Read by the rendering benchmark's BENCH_DEBUG output.)
          performance.mark("claimdesk:highlight-add");
          showHighlights(editor, (current) => addClaimHighlight(current, claim));
          performance.mark("claimdesk:highlight-added");
        },
        readSelection: () => (editor ? readSelection(editor) : null),
        releaseSelection(nextFocus) {
          if (!editor) return;
          editor.commands.setTextSelection(editor.state.selection.to);
          nextFocus?.focus({ preventScroll: true });
          if (editor.view.hasFocus()) editor.view.dom.blur();
        },
        selectText({ start, end }) {
          if (!editor) return;
          const spans = blockSpans(editor.state.doc);
          editor.chain().setTextSelection({ from: textOffsetToPos(spans, start, 1), to: textOffsetToPos(spans, end, -1) }).focus(undefined, { scrollIntoView: false }).run();
        },
      }),
      [editor],
    );

    if (!editor) return <div className={styles.loading} aria-busy="true" aria-label="Loading the article" />;

    return (
      <>
        <EditorContent editor={editor} className={styles.frame} />
        {props.canMarkClaims ? (
          <BubbleMenu editor={editor} shouldShow={({ state }) => !state.selection.empty && !latest.current.isEditing}>
            <div className={styles.bubbleMenu}>
              <button type="button" className="button button-primary" onMouseDown={(event) => event.preventDefault()} onClick={() => latest.current.onMarkClaim()}>
                Mark as claim <kbd>C</kbd>
              </button>
            </div>
          </BubbleMenu>
        ) : null}
      </>
    );
  }),
);
