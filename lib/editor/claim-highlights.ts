/**
 * TipTap extension: draws claim highlights, reports clicks on them (and Enter on them, from the
 * keyboard), says which claims the caret is in, keeps the article read-only unless an editor
 * switched on edit mode, and offers the "mark as claim" shortcut (C).
 */
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import type { DecorationSet } from "@tiptap/pm/view";
import { claimIdsAt, drawHighlights, mapHighlights, type DrawnHighlights, type HighlightClaim } from "./claim-decorations";

/** The plugin's state is what is drawn; a transaction with this key's meta replaces it. */
export const claimHighlightsKey = new PluginKey<DrawnHighlights>("claimHighlights");

export type ClaimHighlightsOptions = {
  /** Drawn with the document's first render (see firstHighlights), so a long article is not laid out twice. */
  initialClaims: HighlightClaim[];
  /** Read at every transaction: while false, nothing may change the document. */
  isEditing: () => boolean;
  /** Every claim at the spot, innermost first, and where on the screen the spot is. */
  onClaimClick: (claimIds: string[], at: ScreenPoint) => void;
  /** The claims the (collapsed) caret is in, whenever that changes; [] outside them. */
  onCaretClaims: (claimIds: string[]) => void;
  onMarkClaim: () => boolean;
};

/** Where on the screen, and whether it came from the keyboard (the focus then follows to the claim). */
export type ScreenPoint = { x: number; y: number; byKeyboard?: boolean };

const firstDrawings = new WeakMap<PMNode, { claims: readonly HighlightClaim[]; drawn: DrawnHighlights }>();

/** The first highlights of a document, drawn once however many times they are asked for. */
function drawFirstHighlights(doc: PMNode, claims: readonly HighlightClaim[]): DrawnHighlights {
  const cached = firstDrawings.get(doc);
  if (cached?.claims === claims) return cached.drawn;
  const drawn = drawHighlights(doc, claims, null);
  firstDrawings.set(doc, { claims, drawn });
  return drawn;
}

/**
 * A `decorations` prop for the editor's view that draws `initialClaims` until the plugin's own
 * state takes over. TipTap renders the document before it adds the plugins; without this the
 * article is drawn plain and then every highlighted paragraph again (a 100,000-word article with
 * 2,000 claims: two passes instead of one). Given the very array of the extension's `initialClaims`,
 * both use one drawing, so the hand-over redraws nothing.
 */
export function firstHighlights(initialClaims: readonly HighlightClaim[]): (state: EditorState) => DecorationSet | null {
  return (state) => (claimHighlightsKey.getState(state) ? null : drawFirstHighlights(state.doc, initialClaims).set);
}

export const ClaimHighlights = Extension.create<ClaimHighlightsOptions>({
  name: "claimHighlights",

  addOptions() {
    return { initialClaims: [], isEditing: () => false, onClaimClick: () => {}, onCaretClaims: () => {}, onMarkClaim: () => false };
  },

  addKeyboardShortcuts() {
    // onMarkClaim reads the live selection itself (the editor state may lag a fast keyboard selection).
    return { c: () => !this.options.isEditing() && this.options.onMarkClaim(), "Mod-Alt-c": () => this.options.onMarkClaim() };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    const idsAt = (state: EditorState, pos: number) => {
      const drawn = claimHighlightsKey.getState(state);
      return drawn ? claimIdsAt(drawn.set, pos) : [];
    };
    return [
      new Plugin<DrawnHighlights>({
        key: claimHighlightsKey,
        state: {
          init: (_config, state) => drawFirstHighlights(state.doc, options.initialClaims),
          apply(tr, drawn) {
            const replaced = tr.getMeta(claimHighlightsKey) as DrawnHighlights | undefined;
            if (replaced) return replaced;
            return tr.docChanged ? mapHighlights(drawn, tr.mapping, tr.doc) : drawn;
          },
        },
        filterTransaction: (tr) => !tr.docChanged || options.isEditing() || tr.getMeta("claimdesk.load") === true,
        props: {
          decorations: (state) => claimHighlightsKey.getState(state)?.set,
          handleClick: (view, pos, event) => {
            const ids = idsAt(view.state, pos);
            if (ids.length) options.onClaimClick(ids, { x: event.clientX, y: event.clientY });
            return false;
          },
          // Enter in the text (outside edit mode) opens the claim the caret is in, or offers the choice.
          handleKeyDown: (view, event) => {
            if (event.key !== "Enter" || options.isEditing() || !view.state.selection.empty) return false;
            const ids = idsAt(view.state, view.state.selection.from);
            if (!ids.length) return false;
            const { left, bottom } = view.coordsAtPos(view.state.selection.from);
            options.onClaimClick(ids, { x: left, y: bottom, byKeyboard: true });
            return true;
          },
        },
        view: () => {
          let last = "";
          return {
            update(view) {
              const { selection } = view.state;
              const ids = selection.empty && view.hasFocus() ? idsAt(view.state, selection.from) : [];
              const key = ids.join(" ");
              if (key === last) return;
              last = key;
              options.onCaretClaims(ids);
            },
          };
        },
      }),
    ];
  },
});
