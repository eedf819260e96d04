import { describe, expect, it } from "vitest";

import { krippendorffAlpha } from "./krippendorff-alpha";

type Cell = string | null;

/** Turns observer rows (observers x units, "." = missing) into the unit-major matrix the API takes. */
function fromObserverRows(rows: readonly string[]): Cell[][] {
  const table = rows.map((row) => row.trim().split(/\s+/));
  const unitCount = table[0]?.length ?? 0;
  return Array.from({ length: unitCount }, (_, u) =>
    table.map((row) => {
      const value = row[u];
      return value === undefined || value === "." ? null : value;
    }),
  );
}

const ORDER_1_TO_5 = ["1", "2", "3", "4", "5"];

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
// 4 observers, 12 units, missing data.
const PAPER_MISSING_DATA = fromObserverRows([
  "1 2 3 3 2 1 4 1 2 . . .",
  "1 2 3 3 2 2 4 1 2 5 . 3",
  ". 3 3 3 2 3 4 2 2 5 1 .",
  "1 2 3 3 2 4 4 1 2 5 1 .",
]);

// Krippendorff (2011), section A: binary data, two observers, no missing data.
const PAPER_BINARY = fromObserverRows(["0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0"]);

// The 3-coder, 15-unit example used by Wikipedia and by the `krippendorff` Python package's tests.
const WIKIPEDIA_EXAMPLE = fromObserverRows([
  ". . . . . 3 4 1 2 1 1 3 3 . 3",
  "1 . 2 1 3 3 4 3 . . . . . . .",
  ". . 2 1 3 4 4 . 2 1 1 3 3 . 4",
]);

const LOW_MID_HIGH = ["low", "mid", "high"];
const NEAR_MISSES: Cell[][] = [
  ["low", "low"],
  ["low", "mid"],
  ["mid", "mid"],
  ["mid", "high"],
  ["high", "high"],
  ["low", "low"],
  ["high", "high"],
  ["mid", "mid"],
];

describe("krippendorffAlpha", () => {
  it("reproduces Krippendorff (2011) 'Computing Krippendorff's Alpha-Reliability', 4 observers with missing data", () => {
    const nominal = krippendorffAlpha(PAPER_MISSING_DATA, { metric: "nominal" });
    expect(nominal.alpha).toBeCloseTo(0.743, 3);
    expect(nominal.reason).toBeNull();
    expect(nominal.pairableUnits).toBe(11);
    expect(nominal.pairableValues).toBe(40);

    const ordinal = krippendorffAlpha(PAPER_MISSING_DATA, { metric: "ordinal", order: ORDER_1_TO_5 });
    expect(ordinal.alpha).toBeCloseTo(0.815, 3);
    expect(ordinal.reason).toBeNull();
  });

  it("reproduces Krippendorff (2011) binary two-observer example (alpha = 0.095)", () => {
    // With only two ranks the ordinal difference is constant, so ordinal equals nominal.
    expect(krippendorffAlpha(PAPER_BINARY, { metric: "nominal" }).alpha).toBeCloseTo(0.095, 3);
    expect(krippendorffAlpha(PAPER_BINARY, { metric: "ordinal", order: ["0", "1"] }).alpha).toBeCloseTo(0.095, 3);
  });

  it("reproduces the Wikipedia / `krippendorff` Python package example (nominal 0.691358, ordinal 0.807)", () => {
    const nominal = krippendorffAlpha(WIKIPEDIA_EXAMPLE, { metric: "nominal" });
    expect(nominal.alpha).toBeCloseTo(0.691358, 6);
    expect(nominal.pairableUnits).toBe(12);
    expect(nominal.pairableValues).toBe(26);
    const ordinal = krippendorffAlpha(WIKIPEDIA_EXAMPLE, { metric: "ordinal", order: ["1", "2", "3", "4"] });
    expect(ordinal.alpha).toBeCloseTo(0.807, 3);
  });

  it("returns null with a reason when no unit has two values", () => {
    for (const units of [[], [["a", null], [null, "b"], [undefined, undefined]]]) {
      expect(krippendorffAlpha(units, { metric: "nominal" })).toEqual({
        alpha: null,
        reason: "No unit has two or more values.",
        pairableUnits: 0,
        pairableValues: 0,
      });
    }
  });

  it("returns null with a reason when every pairable value is identical", () => {
    const units = [["yes", "yes"], ["yes", "yes", "yes"], ["no", null]];
    const expected = {
      alpha: null,
      reason: "All values are the same: agreement cannot be told from chance.",
      pairableUnits: 2,
      pairableValues: 5,
    };
    expect(krippendorffAlpha(units, { metric: "nominal" })).toEqual(expected);
    expect(krippendorffAlpha(units, { metric: "ordinal", order: ["no", "yes"] })).toEqual(expected);
  });

  it("gives 1 for perfect agreement with variation", () => {
    const units = [["low", "low", null], ["mid", "mid", "mid"], ["high", null, "high"], ["low", "low", "low"]];
    expect(krippendorffAlpha(units, { metric: "nominal" }).alpha).toBe(1);
    expect(krippendorffAlpha(units, { metric: "ordinal", order: LOW_MID_HIGH }).alpha).toBe(1);
  });

  it("treats ordinal values outside `order` as missing, before deciding pairability", () => {
    const noisy: Cell[][] = [...NEAR_MISSES, ["misleading", "high"], ["mid", "misleading", null]];
    const ordinal = krippendorffAlpha(noisy, { metric: "ordinal", order: LOW_MID_HIGH });
    expect(ordinal.alpha).toBeCloseTo(0.8125, 6);
    expect(ordinal.pairableUnits).toBe(8);
    expect(ordinal.pairableValues).toBe(16);
    // Nominal has no order, so "misleading" is an ordinary category there.
    expect(krippendorffAlpha(noisy, { metric: "nominal" }).pairableUnits).toBe(10);
  });

  it("ignores units with a single value", () => {
    const base = krippendorffAlpha(PAPER_MISSING_DATA, { metric: "nominal" });
    const extra = krippendorffAlpha([...PAPER_MISSING_DATA, ["9", null, null, null], ["1"]], { metric: "nominal" });
    expect(extra).toEqual(base);
  });

  it("rates near-miss disagreements higher under the ordinal metric than the nominal one", () => {
    const nominal = krippendorffAlpha(NEAR_MISSES, { metric: "nominal" }).alpha ?? Number.NaN;
    const ordinal = krippendorffAlpha(NEAR_MISSES, { metric: "ordinal", order: LOW_MID_HIGH }).alpha ?? Number.NaN;
    expect(nominal).toBeCloseTo(0.647059, 6);
    expect(ordinal).toBeCloseTo(0.8125, 6);
    expect(ordinal).toBeGreaterThan(nominal);

    // Swapping the near misses for low-vs-high disagreements pushes ordinal below nominal.
    const farMisses: Cell[][] = NEAR_MISSES.map((unit, u) =>
      u === 1 ? ["low", "high"] : u === 3 ? ["high", "low"] : unit,
    );
    const farNominal = krippendorffAlpha(farMisses, { metric: "nominal" }).alpha ?? Number.NaN;
    const farOrdinal = krippendorffAlpha(farMisses, { metric: "ordinal", order: LOW_MID_HIGH }).alpha ?? Number.NaN;
    expect(farNominal).toBeCloseTo(0.642857, 6);
    expect(farOrdinal).toBeCloseTo(0.375, 6);
    expect(farOrdinal).toBeLessThan(farNominal);
  });
});
