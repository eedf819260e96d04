import { describe, expect, it } from "vitest";
import { slugFromTitle } from "./slug";

describe("slugFromTitle", () => {
  it.each([
    ["Rubio says ‘more work remains’ after talks", "rubio-says-more-work-remains-after-talks"],
    ["  Hello,   World!  ", "hello-world"],
    ["Café Zürich façade", "cafe-zurich-facade"],
    ["28-point plan: 19 points left", "28-point-plan-19-points-left"],
    ["---Already--hyphenated---", "already-hyphenated"],
  ])("turns %j into %j", (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it.each(["", "!!!", "Путин и Зеленский", "日本語"])("falls back to 'article' when %j has no ASCII letters or digits", (title) => {
    expect(slugFromTitle(title)).toBe("article");
  });

  it("caps the slug at 80 characters without a trailing hyphen", () => {
    const slug = slugFromTitle(`${"a".repeat(79)} b c d`);
    expect(slug).toBe("a".repeat(79));
    expect(slugFromTitle("word ".repeat(40)).length).toBeLessThanOrEqual(80);
    expect(slugFromTitle("word ".repeat(40))).not.toMatch(/-$/);
  });
});
