/**
 * Claim highlights as ProseMirror decorations computed from the claims, never marks in the
 * article document: reviewing never changes the article.
 *
 * A redraw touches only the claims that changed: on a 100,000-word article with 2,000 claims,
 * rebuilding every decoration made each redraw slow and left garbage for the collector, so a new
 * claim's highlight waited on both.
 */
import type { Node as PMNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { groupBy } from "@/lib/group-by";
import { setFromChildren, withChildIndex } from "./decoration-set-internals";
import { VERDICT_LABELS, type Verdict } from "@/lib/validation/verdicts";
import { blockRanges, blockSpans, type BlockSpan } from "./text-offsets";

export type HighlightClaim = { id: string; start: number; end: number; verdict: Verdict | null };

export const CLAIM_ID_ATTRIBUTE = "data-claim-id";

/** Where claims overlap: hatched and boxed (verdict-palette.css), and a hover says what to do. */
export const OVERLAP_ATTRS = { class: "claim-overlap", title: "Overlapping claims: click, or press Enter, to choose one" };

/** One drawn piece of a highlight: a range inside one text block, with its attributes. */
export type HighlightPiece = { block: number; from: number; to: number; attrs: Record<string, string>; spec: Record<string, unknown> };

/** The highlights drawn for one document, with each claim's pieces under a key naming what they show. */
export type DrawnHighlights = {
  doc: PMNode;
  set: DecorationSet;
  /** Null once the set has been mapped through an edit: the next redraw starts afresh. */
  byKey: Map<string, HighlightPiece[]> | null;
};

/** Plain-text ranges covered by two or more claims, so overlaps can be drawn distinctly. */
export function overlapRanges(claims: readonly HighlightClaim[]): { start: number; end: number }[] {
  const edges = claims.flatMap((claim) => [
    { at: claim.start, delta: 1 },
    { at: claim.end, delta: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta);
  const ranges: { start: number; end: number }[] = [];
  let depth = 0;
  let openedAt = 0;
  for (const edge of edges) {
    const before = depth;
    depth += edge.delta;
    if (before < 2 && depth >= 2) openedAt = edge.at;
    if (before >= 2 && depth < 2 && edge.at > openedAt) ranges.push({ start: openedAt, end: edge.at });
  }
  return ranges;
}

function piecesOf(spans: BlockSpan[], start: number, end: number, attrs: HighlightPiece["attrs"], spec: HighlightPiece["spec"]): HighlightPiece[] {
  return blockRanges(spans, start, end).map((range) => ({ ...range, attrs, spec }));
}

const toDecoration = (piece: HighlightPiece) => Decoration.inline(piece.from, piece.to, piece.attrs, piece.spec);

/**
 * The highlight of one claim: one piece per text block it covers, so a claim across a paragraph
 * break does not sit at the top of the tree where every redraw would test it against every
 * paragraph. None when its range is empty in this document.
 */
export function claimPieces(spans: BlockSpan[], claim: HighlightClaim, isFocused: boolean): HighlightPiece[] {
  const label = claim.verdict ? VERDICT_LABELS[claim.verdict] : "No verdict yet";
  const attrs = {
    class: `claim-highlight verdict-${claim.verdict ?? "none"}${isFocused ? " is-focused" : ""}`,
    [CLAIM_ID_ATTRIBUTE]: claim.id,
    title: `Claim: ${label}`,
  };
  return piecesOf(spans, claim.start, claim.end, attrs, { claimId: claim.id, length: claim.end - claim.start });
}

/** The claim's highlight as ProseMirror decorations, one per text block it covers. */
export function claimDecorations(spans: BlockSpan[], claim: HighlightClaim, isFocused: boolean): Decoration[] {
  return claimPieces(spans, claim, isFocused).map(toDecoration);
}

type KeyedHighlight = { key: string; build: () => HighlightPiece[] };

function claimKey(claim: HighlightClaim, isFocused: boolean): string {
  return `${claim.id}|${claim.start}|${claim.end}|${claim.verdict}|${isFocused}`;
}

function keyedHighlights(spans: BlockSpan[], claims: readonly HighlightClaim[], focusedId: string | null): KeyedHighlight[] {
  const highlights: KeyedHighlight[] = claims.map((claim) => {
    const isFocused = claim.id === focusedId;
    return { key: claimKey(claim, isFocused), build: () => claimPieces(spans, claim, isFocused) };
  });
  for (const { start, end } of overlapRanges(claims)) {
    highlights.push({ key: `overlap|${start}|${end}`, build: () => piecesOf(spans, start, end, OVERLAP_ATTRS, { isOverlap: true }) });
  }
  return highlights;
}

/**
 * A whole set, built one paragraph at a time. `DecorationSet.create` offers every decoration to
 * every paragraph (2,000 claims × 1,348 paragraphs: 20–90 ms); grouping the pieces by paragraph
 * first makes it linear. The top of the set is assembled from the paragraphs' sets
 * (setFromChildren); if that is refused, the library's own build is used.
 */
function buildBlockwise(doc: PMNode, pieces: HighlightPiece[]): DecorationSet {
  const spans = blockSpans(doc);
  const byBlock = groupBy(pieces, (piece) => piece.block);
  const children: (number | DecorationSet)[] = [];
  for (const block of [...byBlock.keys()].sort((a, b) => a - b)) {
    const contentStart = spans[block]!.posStart;
    const relative = byBlock.get(block)!.map((piece) => Decoration.inline(piece.from - contentStart, piece.to - contentStart, piece.attrs, piece.spec));
    const childSet = DecorationSet.create(doc.child(block), relative);
    if (childSet !== DecorationSet.empty) children.push(contentStart - 1, contentStart - 1 + doc.child(block).nodeSize, childSet);
  }
  return setFromChildren(children) ?? DecorationSet.create(doc, pieces.map(toDecoration));
}

/** Above this many changed claims, building the set afresh is cheaper than editing it. */
const MAX_INCREMENTAL_CHANGES = 200;

/**
 * The highlights for `claims` on `doc`. Given what is drawn now for the same document, only the
 * claims whose range, verdict or focus changed are replaced; everything else is kept as it is
 * (and with nothing changed, `current` itself is returned).
 */
export function drawHighlights(doc: PMNode, claims: readonly HighlightClaim[], focusedId: string | null, current?: DrawnHighlights): DrawnHighlights {
  const spans = blockSpans(doc);
  const wanted = keyedHighlights(spans, claims, focusedId);
  const previous = current && current.doc === doc ? current.byKey : null;
  if (previous) {
    const wantedKeys = new Set(wanted.map((highlight) => highlight.key));
    const removed = [...previous.keys()].filter((key) => !wantedKeys.has(key));
    const added = wanted.filter((highlight) => !previous.has(highlight.key));
    // The claims arriving to replace the page's highlights, most often: nothing to redraw.
    if (!removed.length && !added.length) return current!;
    if (removed.length + added.length <= MAX_INCREMENTAL_CHANGES) {
      const byKey = new Map(previous);
      for (const key of removed) byKey.delete(key);
      const addedPieces = added.flatMap((highlight) => {
        const pieces = highlight.build();
        byKey.set(highlight.key, pieces);
        return pieces;
      });
      const removedPieces = removed.flatMap((key) => previous.get(key)!);
      const set = current!.set.remove(removedPieces.map(toDecoration)).add(doc, addedPieces.map(toDecoration));
      return { doc, set: withChildIndex(set), byKey };
    }
  }
  const byKey = new Map(wanted.map((highlight) => [highlight.key, highlight.build()] as const));
  return { doc, set: withChildIndex(buildBlockwise(doc, [...byKey.values()].flat())), byKey };
}

/**
 * One new claim drawn at once, focused, without looking at the others: the quickest way to put a
 * just-saved claim on screen. The next `drawHighlights` settles focus and overlaps.
 */
export function addClaimHighlight(current: DrawnHighlights, claim: HighlightClaim): DrawnHighlights {
  const pieces = claimPieces(blockSpans(current.doc), claim, true);
  const byKey = current.byKey ? new Map(current.byKey).set(claimKey(claim, true), pieces) : null;
  return { doc: current.doc, set: withChildIndex(current.set.add(current.doc, pieces.map(toDecoration))), byKey };
}

/** The highlights after mapping through a document change (an edit in edit mode). */
export function mapHighlights(current: DrawnHighlights, mapping: Parameters<DecorationSet["map"]>[0], doc: PMNode): DrawnHighlights {
  return { doc, set: current.set.map(mapping, doc), byKey: null };
}

/** The claims under a document position, shortest (innermost) first. */
export function claimIdsAt(set: DecorationSet, pos: number): string[] {
  const ids = new Set(
    set
      .find(pos, pos, (spec) => typeof spec.claimId === "string")
      .sort((a, b) => (a.spec.length as number) - (b.spec.length as number))
      .map((decoration) => decoration.spec.claimId as string),
  );
  return [...ids];
}
