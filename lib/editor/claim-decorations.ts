/**
 * Claim highlights as ProseMirror decorations computed from the claims, never marks in the
 * article document: reviewing never changes the article.
 */
import type { Node as PMNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { VERDICT_LABELS, type Verdict } from "@/lib/validation/verdicts";
import { blockSpans, textOffsetToPos, type BlockSpan } from "./text-offsets";

export type HighlightClaim = { id: string; start: number; end: number; verdict: Verdict | null };

export const CLAIM_ID_ATTRIBUTE = "data-claim-id";

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

/** The highlight of one claim, or null when its range is empty in this document. */
export function claimDecoration(spans: BlockSpan[], claim: HighlightClaim, isFocused: boolean): Decoration | null {
  const from = textOffsetToPos(spans, claim.start, 1);
  const to = textOffsetToPos(spans, claim.end, -1);
  if (to <= from) return null;
  const label = claim.verdict ? VERDICT_LABELS[claim.verdict] : "No verdict yet";
  return Decoration.inline(
    from,
    to,
    {
      class: `claim-highlight verdict-${claim.verdict ?? "none"}${isFocused ? " is-focused" : ""}`,
      [CLAIM_ID_ATTRIBUTE]: claim.id,
      title: `Claim: ${label}`,
    },
    { claimId: claim.id, length: claim.end - claim.start },
  );
}

export function buildClaimDecorations(doc: PMNode, claims: readonly HighlightClaim[], focusedId: string | null): DecorationSet {
  const spans = blockSpans(doc);
  const decorations: Decoration[] = [];
  for (const claim of claims) {
    const decoration = claimDecoration(spans, claim, claim.id === focusedId);
    if (decoration) decorations.push(decoration);
  }
  for (const range of overlapRanges(claims)) {
    const from = textOffsetToPos(spans, range.start, 1);
    const to = textOffsetToPos(spans, range.end, -1);
    if (to > from) decorations.push(Decoration.inline(from, to, { class: "claim-overlap" }, { isOverlap: true }));
  }
  return DecorationSet.create(doc, decorations);
}

/** The claims under a document position, shortest (innermost) first. */
export function claimIdsAt(set: DecorationSet, pos: number): string[] {
  return set
    .find(pos, pos, (spec) => typeof spec.claimId === "string")
    .sort((a, b) => (a.spec.length as number) - (b.spec.length as number))
    .map((decoration) => decoration.spec.claimId as string);
}
