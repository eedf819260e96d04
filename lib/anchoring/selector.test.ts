import { describe, expect, it } from "vitest";
import { CONTEXT_LENGTH, describeRange, isQuoteAt } from "./selector";

const text = "The first sentence. The second sentence has a claim in it. And a third one follows here, quite long.";

describe("describeRange", () => {
  it("stores the quote with up to 32 characters of context each side", () => {
    const start = text.indexOf("a claim");
    const selector = describeRange(text, start, start + "a claim".length);
    expect(selector.exact).toBe("a claim");
    expect(selector.prefix).toBe(text.slice(start - CONTEXT_LENGTH, start));
    expect(selector.prefix).toHaveLength(32);
    expect(selector.suffix).toBe(text.slice(start + 7, start + 7 + 32));
    expect(selector).toMatchObject({ start, end: start + 7 });
  });

  it("has shorter context at the edges of the text", () => {
    expect(describeRange(text, 0, 3)).toMatchObject({ exact: "The", prefix: "" });
    expect(describeRange(text, text.length - 5, text.length).suffix).toBe("");
  });

  it("never cuts an emoji in half in the context", () => {
    const withEmoji = "😀".repeat(20) + "claim" + "🎉".repeat(20);
    const start = withEmoji.indexOf("claim");
    const selector = describeRange(withEmoji, start, start + 5);
    expect(selector.prefix.length % 2).toBe(0);
    expect(selector.suffix.length % 2).toBe(0);
    expect([...selector.prefix].every((c) => c === "😀")).toBe(true);
    expect([...selector.suffix].every((c) => c === "🎉")).toBe(true);
  });

  it.each([
    [5, 5],
    [6, 5],
    [-1, 3],
    [0, text.length + 1],
    [1.5, 3],
  ])("rejects the invalid range %s..%s", (start, end) => {
    expect(() => describeRange(text, start, end)).toThrow(RangeError);
  });
});

describe("isQuoteAt", () => {
  it("is true only where the quote still is", () => {
    const selector = describeRange(text, 4, 9);
    expect(isQuoteAt(text, selector)).toBe(true);
    expect(isQuoteAt("X" + text, selector)).toBe(false);
    expect(isQuoteAt("The", selector)).toBe(false);
  });
});
