import { describe, expect, it } from "vitest";
import { editDistance, similarity } from "./similarity";

describe("similarity", () => {
  it("is 1 for equal strings and 0 when one is empty", () => {
    expect(similarity("abc", "abc")).toBe(1);
    expect(similarity("", "abc")).toBe(0);
  });

  it("is high for a light edit and low for unrelated text", () => {
    expect(similarity("the meeting was productive", "the meeting was very productive")).toBeGreaterThan(0.8);
    expect(similarity("the meeting was productive", "oil tankers in the Black Sea")).toBeLessThan(0.5);
  });

  it("is symmetric", () => {
    expect(similarity("kitten", "sitting")).toBeCloseTo(similarity("sitting", "kitten"));
  });
});

describe("editDistance", () => {
  it("counts substitutions, insertions and deletions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("scores unrelated phrases of the same language low", () => {
    expect(similarity("officials said on Sunday that the", "forces claimed further gains on t")).toBeLessThan(0.4);
  });
});
