/**
 * TipTap extension: draws claim highlights, reports clicks on them, keeps the article read-only
 * unless an editor switched on edit mode, and offers the "mark as claim" shortcut (C).
 */
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { claimIdsAt, drawHighlights, mapHighlights, type DrawnHighlights, type HighlightClaim } from "./claim-decorations";

/** The plugin's state is what is drawn; a transaction with this key's meta replaces it. */
export const claimHighlightsKey = new PluginKey<DrawnHighlights>("claimHighlights");

export type ClaimHighlightsOptions = {
  /** Drawn with the document's first render, so a long article is not laid out twice. */
  initialClaims: HighlightClaim[];
  /** Read at every transaction: while false, nothing may change the document. */
  isEditing: () => boolean;
  onClaimClick: (claimIds: string[]) => void;
  onMarkClaim: () => boolean;
};

export const ClaimHighlights = Extension.create<ClaimHighlightsOptions>({
  name: "claimHighlights",

  addOptions() {
    return { initialClaims: [], isEditing: () => false, onClaimClick: () => {}, onMarkClaim: () => false };
  },

  addKeyboardShortcuts() {
    // onMarkClaim reads the live selection itself (the editor state may lag a fast keyboard selection).
    return { c: () => !this.options.isEditing() && this.options.onMarkClaim(), "Mod-Alt-c": () => this.options.onMarkClaim() };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<DrawnHighlights>({
        key: claimHighlightsKey,
        state: {
          init: (_config, state) => drawHighlights(state.doc, options.initialClaims, null),
          apply(tr, drawn) {
            const replaced = tr.getMeta(claimHighlightsKey) as DrawnHighlights | undefined;
            if (replaced) return replaced;
            return tr.docChanged ? mapHighlights(drawn, tr.mapping, tr.doc) : drawn;
          },
        },
        filterTransaction: (tr) => !tr.docChanged || options.isEditing() || tr.getMeta("claimdesk.load") === true,
        props: {
          decorations: (state) => claimHighlightsKey.getState(state)?.set,
          handleClick: (view, pos) => {
            const drawn = claimHighlightsKey.getState(view.state);
            const ids = drawn ? claimIdsAt(drawn.set, pos) : [];
            if (ids.length) options.onClaimClick(ids);
            return false;
          },
        },
      }),
    ];
  },
});
