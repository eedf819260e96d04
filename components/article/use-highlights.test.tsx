import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ClaimView } from "@/lib/views/claim";
import { highlightOf, highlightsToDraw, useHighlights } from "./use-highlights";

const PERSON = { id: "0193f3c4-0000-7000-8000-000000000001", name: "Rita Reviewer" };

function claimView(id: string, start: number, end: number, changes: { verdict?: "false"; orphan?: boolean } = {}): ClaimView {
  const at = "2026-11-26T12:00:00.000Z";
  return {
    id,
    articleId: "0193f3c4-0000-7000-8000-0000000000aa",
    selector: { exact: "x".repeat(end - start), prefix: "", suffix: "", start, end },
    anchoredVersion: 1,
    orphan: changes.orphan ?? false,
    claimant: null,
    summary: null,
    status: "open",
    verdict: changes.verdict ?? null,
    rationale: null,
    ruling: null,
    recheck: null,
    tags: [],
    assignee: null,
    createdBy: PERSON,
    sources: [],
    version: 1,
    deletedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

const fromPage = [
  { id: "a", start: 0, end: 5, verdict: null },
  { id: "b", start: 10, end: 20, verdict: null },
];

describe("highlightsToDraw", () => {
  it("draws the page's highlights while the claims load, with a claim marked meanwhile", () => {
    expect(highlightsToDraw(fromPage, [claimView("new", 30, 40)], "loading")).toEqual([...fromPage, { id: "new", start: 30, end: 40, verdict: null }]);
  });

  it("takes a claim the store already holds from the store, not the page (its verdict changed, say)", () => {
    expect(highlightsToDraw(fromPage, [claimView("b", 10, 20, { verdict: "false" })], "failed")).toEqual([fromPage[0], { id: "b", start: 10, end: 20, verdict: "false" }]);
  });

  it("draws only the claims' highlights once they have loaded, leaving orphans out", () => {
    expect(highlightsToDraw(fromPage, [claimView("a", 1, 6), claimView("c", 50, 60, { orphan: true })], "loaded")).toEqual([{ id: "a", start: 1, end: 6, verdict: null }]);
  });
});

describe("useHighlights", () => {
  it("forgets the page's highlights once the text is saved (their offsets refer to the old text)", () => {
    const marked = claimView("new", 30, 40);
    const { result } = renderHook(() => useHighlights(fromPage, [marked], "loading"));
    expect(result.current.highlights.map((highlight) => highlight.id)).toEqual(["a", "b", "new"]);
    act(() => result.current.forgetPageHighlights());
    expect(result.current.highlights).toEqual([highlightOf(marked)]);
  });

  it("keeps the same list while nothing it draws from changes, so the editor does not redraw", () => {
    const claims = [claimView("a", 0, 5)];
    const { result, rerender } = renderHook(() => useHighlights(fromPage, claims, "loaded"));
    const first = result.current.highlights;
    rerender();
    expect(result.current.highlights).toBe(first);
  });
});
