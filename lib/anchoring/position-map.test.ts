import { describe, expect, it } from "vitest";
import { PositionMap } from "./position-map";

// "Hello brave world": "brave " (6..12) deleted, "new " inserted at 0.
const map = new PositionMap([
  { oldStart: 0, oldEnd: 0, newStart: 0, newEnd: 4 },
  { oldStart: 6, oldEnd: 12, newStart: 10, newEnd: 10 },
]);

describe("PositionMap", () => {
  it("shifts positions after an edit by its length change", () => {
    expect(map.map(3)).toBe(7);
    expect(map.map(17)).toBe(15);
  });

  it("keeps a position at an insertion point on the side assoc asks for", () => {
    expect(map.map(0, -1)).toBe(0);
    expect(map.map(0, 1)).toBe(4);
  });

  it("moves a position inside deleted text to the edge of the deletion", () => {
    expect(map.map(8, -1)).toBe(10);
    expect(map.map(8, 1)).toBe(10);
    expect(map.map(6)).toBe(10);
    expect(map.map(12)).toBe(10);
  });

  it("knows which ranges an edit touched", () => {
    expect(map.touches(0, 5)).toBe(false); // the insertion is at the range's edge
    expect(map.touches(1, 5)).toBe(false);
    expect(map.touches(12, 17)).toBe(false); // the deletion ends where the range starts
    expect(map.touches(4, 7)).toBe(true);
    expect(map.touches(7, 9)).toBe(true);
  });

  it("counts an insertion strictly inside a range as touching it", () => {
    const inside = new PositionMap([{ oldStart: 5, oldEnd: 5, newStart: 5, newEnd: 8 }]);
    expect(inside.touches(2, 9)).toBe(true);
    expect(inside.touches(5, 9)).toBe(false);
    expect(inside.map(9, -1)).toBe(12);
  });

  it("knows whether a range lies inside what one change wrote", () => {
    const written = new PositionMap([{ oldStart: 10, oldEnd: 20, newStart: 10, newEnd: 12 }]);
    expect(written.isInsideOneChange(12, 18)).toBe(true);
    expect(written.isInsideOneChange(10, 20)).toBe(true);
    expect(written.isInsideOneChange(8, 14)).toBe(false);
    expect(written.isInsideOneChange(15, 22)).toBe(false);
    expect(written.isInsideOneChange(0, 5)).toBe(false);
  });
});
