import { describe, expect, it } from "vitest";
import { ZLanguageTag } from "./language-tag";

describe("ZLanguageTag", () => {
  it.each([
    ["en", "en"],
    [" ar ", "ar"],
    ["EN-gb", "en-GB"],
    ["pt-br", "pt-BR"],
    ["sr-latn-rs", "sr-Latn-RS"],
  ])("accepts %j as %j", (input, canonical) => {
    expect(ZLanguageTag.parse(input)).toBe(canonical);
  });

  it.each(["", "e", "en-", '"><b x=1>', "en_GB", "a".repeat(36), "12"])("refuses %j", (input) => {
    expect(ZLanguageTag.safeParse(input).success).toBe(false);
  });
});
