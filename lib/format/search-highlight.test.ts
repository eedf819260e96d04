import { describe, expect, it } from "vitest";
import { anyOfWords, hasMarks, headlineOptions, newHighlightMarks, segmentsOf } from "./search-highlight";

describe("search highlighting", () => {
  const marks = { start: "[[hl-n]]", stop: "[[/hl-n]]" };

  it("cuts a headline at its marks into plain and matching segments", () => {
    expect(segmentsOf("The [[hl-n]]agency[[/hl-n]] said [[hl-n]]no[[/hl-n]]", marks)).toEqual([
      { text: "The ", isMatch: false },
      { text: "agency", isMatch: true },
      { text: " said ", isMatch: false },
      { text: "no", isMatch: true },
    ]);
    expect(segmentsOf("nothing marked", marks)).toEqual([{ text: "nothing marked", isMatch: false }]);
    // Text that merely looks like markup stays text.
    expect(segmentsOf("<b>[[hl-x]]</b> [[hl-n]]a[[/hl-n]]", marks)).toEqual([
      { text: "<b>[[hl-x]]</b> ", isMatch: false },
      { text: "a", isMatch: true },
    ]);
  });

  it("tells whether a headline marks anything", () => {
    expect(hasMarks("a [[hl-n]]b[[/hl-n]]", marks)).toBe(true);
    expect(hasMarks("a b", marks)).toBe(false);
    expect(hasMarks(null, marks)).toBe(false);
  });

  it("makes fresh marks for each search, quoted in ts_headline's options", () => {
    const [one, two] = [newHighlightMarks(), newHighlightMarks()];
    expect(one.start).not.toBe(two.start);
    expect(one.stop).toBe(one.start.replace("[[hl-", "[[/hl-"));
    expect(headlineOptions(one).whole).toBe(`StartSel="${one.start}", StopSel="${one.stop}", HighlightAll=true`);
    expect(headlineOptions(one).passages).toMatch(/^StartSel=".+", StopSel=".+", MaxFragments=2, /);
  });

  it("asks ts_headline for any of the query's words, leaving out excluded ones", () => {
    expect(anyOfWords('"labour survey" 2024 -draft OR minister')).toBe("labour or survey or 2024 or minister");
    expect(anyOfWords("-only")).toBe("");
  });
});
