import { afterEach, describe, expect, it, vi } from "vitest";
import { textDirectionOf } from "./text-direction";

describe("textDirectionOf", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(["ar", "he", "fa", "ur", "ps", "yi", "ar-EG", "he-IL", "ku-Arab", "az-Arab", "pa-Arab"])("says %s runs right to left", (tag) => {
    expect(textDirectionOf(tag)).toBe("rtl");
  });

  it.each(["en", "en-GB", "fr", "de", "ja", "zh-Hant", "sr-Cyrl", "az-Latn", "pa"])("says %s runs left to right", (tag) => {
    expect(textDirectionOf(tag)).toBe("ltr");
  });

  it("knows nothing of what is not a language tag", () => {
    expect(textDirectionOf('"><b x=1>')).toBeNull();
    expect(textDirectionOf("")).toBeNull();
  });

  it("falls back to its own list where Intl.Locale has no text info", () => {
    const prototype = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const hasGetter = Object.getOwnPropertyDescriptor(prototype, "textInfo");
    const hasMethod = Object.getOwnPropertyDescriptor(prototype, "getTextInfo");
    try {
      if (hasGetter) Object.defineProperty(prototype, "textInfo", { configurable: true, get: () => undefined });
      if (hasMethod) Object.defineProperty(prototype, "getTextInfo", { configurable: true, value: undefined });
      expect(textDirectionOf("fa")).toBe("rtl");
      expect(textDirectionOf("ur-PK")).toBe("rtl");
      expect(textDirectionOf("en")).toBe("ltr");
    } finally {
      if (hasGetter) Object.defineProperty(prototype, "textInfo", hasGetter);
      if (hasMethod) Object.defineProperty(prototype, "getTextInfo", hasMethod);
    }
  });
});
