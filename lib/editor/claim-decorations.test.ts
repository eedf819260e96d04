import fc from "fast-check";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Mapping, StepMap } from "@tiptap/pm/transform";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { describe, expect, it } from "vitest";
import { VERDICTS } from "@/lib/validation/verdicts";
import { addClaimHighlight, claimDecorations, claimIdsAt, drawHighlights, mapHighlights, OVERLAP_ATTRS, overlapRanges, type HighlightClaim } from "./claim-decorations";
import { withChildIndex } from "./decoration-set-internals";
import { docFromParagraphs, plainTextFromDoc } from "@/lib/document/article-document";
import { toProseMirror } from "./prosemirror-doc-for-tests";
import { blockRanges, blockSpans, textOffsetToPos } from "./text-offsets";

const paragraphs = ["Officials met on Sunday in Florida.", "Rubio said the talks were productive.", "", "More work remains on the draft."];
const json = docFromParagraphs(paragraphs);
const doc = toProseMirror(json);
const text = plainTextFromDoc(json);

function claimOn(id: string, quote: string, verdict: HighlightClaim["verdict"] = null): HighlightClaim {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { id, start, end: start + quote.length, verdict };
}

/** What a set draws, as comparable values: range, attributes and overlap marks, in order. */
function drawnPieces(set: DecorationSet, onDoc: PMNode = doc): string[] {
  return set
    .find(0, onDoc.content.size)
    .map((decoration) => `${decoration.from}-${decoration.to} ${JSON.stringify((decoration as unknown as { type: { attrs: unknown } }).type.attrs)}`)
    .sort();
}

describe("claim decorations", () => {
  it("draws a claim as one piece per paragraph it covers, labelled with its verdict", () => {
    const claim = claimOn("c1", "productive.\n\n\n\nMore work", "mostly-false");
    const pieces = claimDecorations(blockSpans(doc), claim, false);
    expect(pieces.map((piece) => doc.textBetween(piece.from, piece.to))).toEqual(["productive.", "More work"]);
    expect(pieces.map((piece) => piece.spec)).toEqual([
      { claimId: "c1", length: claim.end - claim.start },
      { claimId: "c1", length: claim.end - claim.start },
    ]);
    expect(drawnPieces(drawHighlights(doc, [claim], "c1").set)[0]).toContain('"class":"claim-highlight verdict-mostly-false is-focused","data-claim-id":"c1","title":"Claim: Mostly false"');
  });

  it("draws nothing for a claim whose range is empty in this document", () => {
    expect(claimDecorations(blockSpans(doc), { id: "c", start: 5, end: 5, verdict: null }, false)).toEqual([]);
  });

  it("finds the ranges covered by two or more claims", () => {
    expect(overlapRanges([claimOn("a", "Officials met on"), claimOn("b", "met on Sunday"), claimOn("c", "Florida")])).toEqual([
      { start: text.indexOf("met on"), end: text.indexOf("met on") + "met on".length },
    ]);
    expect(overlapRanges([claimOn("a", "Officials"), claimOn("b", " met")])).toEqual([]);
  });

  it("names the claims under a position, innermost first", () => {
    const outer = claimOn("outer", "Rubio said the talks were productive.");
    const inner = claimOn("inner", "the talks");
    const { set } = drawHighlights(doc, [outer, inner], null);
    expect(claimIdsAt(set, textOffsetToPos(blockSpans(doc), inner.start + 2))).toEqual(["inner", "outer"]);
    expect(claimIdsAt(set, textOffsetToPos(blockSpans(doc), outer.start + 1))).toEqual(["outer"]);
    expect(claimIdsAt(set, 1)).toEqual([]);
  });

  it("redraws only what changed, keeping the other decorations as they were", () => {
    const first = drawHighlights(doc, [claimOn("a", "Officials"), claimOn("b", "Rubio said")], null);
    const next = drawHighlights(doc, [claimOn("a", "Officials"), claimOn("b", "Rubio said", "false")], null, first);
    const kept = (drawn: typeof first) => [...drawn.byKey!.values()].find((pieces) => pieces[0]?.spec.claimId === "a");
    expect(kept(next)).toBeDefined();
    expect(kept(next)).toBe(kept(first));
    expect(drawnPieces(next.set)).toEqual(drawnPieces(drawHighlights(doc, [claimOn("a", "Officials"), claimOn("b", "Rubio said", "false")], null).set));
  });

  it("returns what is drawn, untouched, when the same claims come again as new objects", () => {
    const drawn = drawHighlights(doc, [claimOn("a", "Officials"), claimOn("b", "Rubio said")], "a");
    expect(drawHighlights(doc, [claimOn("a", "Officials"), claimOn("b", "Rubio said")], "a", drawn)).toBe(drawn);
    expect(drawHighlights(doc, [claimOn("a", "Officials"), claimOn("b", "Rubio said")], "b", drawn)).not.toBe(drawn);
  });

  it("draws a just-saved claim at once, and the next redraw settles focus and overlaps", () => {
    const before = [claimOn("a", "Officials met on")];
    const drawn = drawHighlights(doc, before, "a");
    const added = claimOn("new", "met on Sunday");
    const withNew = addClaimHighlight(drawn, added);
    expect(claimIdsAt(withNew.set, textOffsetToPos(blockSpans(doc), added.end - 1))).toEqual(["new"]);
    const settled = drawHighlights(doc, [...before, added], "new", withNew);
    expect(drawnPieces(settled.set)).toEqual(drawnPieces(drawHighlights(doc, [...before, added], "new").set));
  });

  it("starts afresh after the highlights were mapped through an edit", () => {
    const drawn = drawHighlights(doc, [claimOn("a", "Officials")], null);
    const edited = toProseMirror(docFromParagraphs(["Two officials met on Sunday in Florida.", ...paragraphs.slice(1)]));
    const mapped = mapHighlights(drawn, new Mapping([new StepMap([1, 0, 4])]), edited);
    expect(drawnPieces(mapped.set, edited)).toHaveLength(1);
    expect(mapped.byKey).toBeNull();
    const redrawn = drawHighlights(edited, [{ id: "a", start: 4, end: 13, verdict: null }], null, mapped);
    expect(drawnPieces(redrawn.set, edited)).toEqual(drawnPieces(drawHighlights(edited, [{ id: "a", start: 4, end: 13, verdict: null }], null).set, edited));
  });

  it("looks up each paragraph's decorations through its index exactly as ProseMirror would", () => {
    const many = toProseMirror(docFromParagraphs(Array.from({ length: 60 }, (_, i) => `Paragraph ${i} says something checkable.`)));
    const manyText = many.textBetween(0, many.content.size, "\n\n");
    const claims = Array.from({ length: 40 }, (_, i): HighlightClaim => {
      const start = manyText.indexOf(`Paragraph ${i + (i % 3)} `);
      return { id: `c${i}`, start, end: start + 12 + (i % 5), verdict: null };
    });
    const { set } = drawHighlights(many, claims, "c3");
    expect(Object.hasOwn(set, "forChild")).toBe(true);
    let offset = 0;
    many.forEach((child) => {
      expect(set.forChild(offset, child)).toBe(DecorationSet.prototype.forChild.call(set, offset, child));
      offset += child.nodeSize;
    });
    expect(withChildIndex(set)).toBe(set);
    withChildIndex(DecorationSet.empty);
    expect(Object.hasOwn(DecorationSet.empty, "forChild")).toBe(false);
  });

  it("builds the same set, paragraph by paragraph, as ProseMirror's own DecorationSet.create (property)", () => {
    const spans = blockSpans(doc);
    const arbClaims = fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), start: fc.nat({ max: text.length - 1 }), length: fc.integer({ min: 1, max: 90 }) }),
      { selector: (claim) => claim.id, maxLength: 12 },
    );
    fc.assert(
      fc.property(arbClaims, (raw) => {
        const claims = raw.map(({ id, start, length }): HighlightClaim => ({ id, start, end: Math.min(text.length, start + length), verdict: null }));
        const expected = [
          ...claims.flatMap((claim) => claimDecorations(spans, claim, false)),
          ...overlapRanges(claims).flatMap(({ start, end }) => blockRangesAsOverlaps(start, end)),
        ];
        expect(drawnPieces(drawHighlights(doc, claims, null).set)).toEqual(drawnPieces(DecorationSet.create(doc, expected)));
      }),
      { numRuns: 200 },
    );

    function blockRangesAsOverlaps(start: number, end: number) {
      return blockRanges(spans, start, end).map(({ from, to }) => Decoration.inline(from, to, OVERLAP_ATTRS, { isOverlap: true }));
    }
  });

  it("after any series of changes, draws exactly what a fresh drawing would (property)", () => {
    const arbClaim = fc
      .record({ id: fc.constantFrom("a", "b", "c", "d", "e", "f"), start: fc.nat({ max: text.length - 1 }), length: fc.integer({ min: 1, max: 40 }), verdict: fc.constantFrom(null, ...VERDICTS) })
      .map(({ id, start, length, verdict }): HighlightClaim => ({ id, start, end: Math.min(text.length, start + length), verdict }));
    const arbState = fc.record({
      claims: fc.uniqueArray(arbClaim, { selector: (claim) => claim.id, maxLength: 6 }),
      focusedId: fc.constantFrom(null, "a", "b", "c"),
    });
    fc.assert(
      fc.property(fc.array(arbState, { minLength: 1, maxLength: 8 }), (states) => {
        let drawn = drawHighlights(doc, [], null);
        for (const { claims, focusedId } of states) {
          drawn = drawHighlights(doc, claims, focusedId, drawn);
          expect(drawnPieces(drawn.set)).toEqual(drawnPieces(drawHighlights(doc, claims, focusedId).set));
        }
      }),
      { numRuns: 200 },
    );
  });
});
