import { describe, expect, it } from "vitest";
import { articleSourceErrorsFrom, readArticleSource } from "./article-source-input";

describe("readArticleSource", () => {
  it("reads a URL and a language tag (canonical), blanks as cleared", () => {
    expect(readArticleSource({ sourceUrl: " https://news.example/a ", language: "AR-eg" })).toEqual({ input: { sourceUrl: "https://news.example/a", language: "ar-EG" } });
    expect(readArticleSource({ sourceUrl: "", language: "  " })).toEqual({ input: { sourceUrl: null, language: null } });
  });

  it("names each field it refuses, as the route would", () => {
    expect(readArticleSource({ sourceUrl: "javascript:alert(1)", language: "English (UK)" })).toEqual({
      errors: { sourceUrl: "Use an http or https URL.", language: "Use a BCP 47 language tag, such as en, ar or pt-BR." },
    });
    expect(readArticleSource({ sourceUrl: "https://news.example/a", language: "x_y" })).toEqual({ errors: { language: expect.any(String) } });
  });
});

describe("articleSourceErrorsFrom", () => {
  it("keeps the first message of this form's fields only", () => {
    expect(articleSourceErrorsFrom({ sourceUrl: ["Use an http or https URL.", "Too long."], version: ["Stale."] })).toEqual({ sourceUrl: "Use an http or https URL." });
    expect(articleSourceErrorsFrom(undefined)).toEqual({});
  });
});
