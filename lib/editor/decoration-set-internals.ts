/**
 * The one place that relies on ProseMirror's private DecorationSet layout: a set holds `local`
 * decorations and `children`, a flat list `[start, end, childSet, …]` of its decorated child nodes
 * (prosemirror-view's decoration.ts). Both helpers check that layout first and step aside when it is
 * not what they expect, and claim-decorations.test.ts compares their results with the library's own
 * for every paragraph, so an upgrade that changes the layout fails a test instead of a page.
 */
import { DecorationSet, type Decoration } from "@tiptap/pm/view";

type Internals = { local?: unknown; children?: unknown };

/**
 * ProseMirror's DecorationSet finds one child's decorations by scanning its list of decorated
 * children from the start, so every redraw of an article with thousands of highlighted paragraphs
 * takes thousands × thousands steps: 3–5 ms of the 16 ms in which a new highlight should appear.
 * This gives a set an index, built on first use, over that list (`[start, end, set, …]`, the
 * set's internal layout). Any other shape falls back to the library's own lookup, and a test
 * compares the two for every paragraph, so an upgrade that changes the layout is caught.
 */
export function withChildIndex(set: DecorationSet): DecorationSet {
  const internals = set as unknown as Internals;
  const { children } = internals;
  const isIndexable = Array.isArray(internals.local) && !internals.local.length && Array.isArray(children) && children.length > 0 && children.length % 3 === 0;
  if (!isIndexable || Object.hasOwn(set, "forChild")) return set;
  let index: Map<number, DecorationSet> | null = null;
  const lookUp: DecorationSet["forChild"] = (offset, node) => {
    if (node.isLeaf) return DecorationSet.empty;
    if (!index) {
      index = new Map();
      for (let i = 0; i < children.length; i += 3) index.set(children[i] as number, children[i + 2] as DecorationSet);
    }
    return index.get(offset) ?? DecorationSet.empty;
  };
  return Object.defineProperty(set, "forChild", { value: lookUp });
}

/**
 * A set made of the given children (`[start, end, childSet, …]`, sorted, no local decorations),
 * through DecorationSet's internal constructor: what DecorationSet.create would build, without
 * offering every decoration to every paragraph. Null when the result is not of that shape.
 */
export function setFromChildren(children: (number | DecorationSet)[]): DecorationSet | null {
  if (!children.length) return DecorationSet.empty;
  const Assembled = DecorationSet as unknown as new (local: Decoration[], children: (number | DecorationSet)[]) => DecorationSet;
  const set = new Assembled([], children);
  const internals = set as unknown as Internals;
  return internals.children === children && Array.isArray(internals.local) && !internals.local.length ? set : null;
}
