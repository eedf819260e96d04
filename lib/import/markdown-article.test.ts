import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdownArticle } from "./markdown-article";

const SEED_ARTICLE = readFileSync(path.resolve(import.meta.dirname, "../../prisma/fixtures/seed-article.md"), "utf8");

describe("parseMarkdownArticle", () => {
  const article = parseMarkdownArticle(SEED_ARTICLE);

  it("reads the front matter of the seed article", () => {
    expect(article.title).toBe("Rubio says ‘more work remains’ after talks with Ukraine on revised peace plan");
    expect(article.standfirst).toMatch(/^The talks, held in Florida on Sunday, come as negotiators/);
    expect(article.publisher).toBe("National Herald");
    expect(article.byline).toBe("NH Digital");
    expect(article.language).toBe("en");
  });

  it("splits the body into its 11 paragraphs, curly quotes intact", () => {
    expect(article.paragraphs).toHaveLength(11);
    expect(article.paragraphs[0]).toMatch(/^Officials from Ukraine and the United States/);
    expect(article.paragraphs[0]).toContain("“reliable security guarantees”");
    expect(article.paragraphs[0]).toContain("Russia’s invasion");
    expect(article.paragraphs[10]).toMatch(/did not comment on the operation\.$/);
    expect(article.paragraphs.join(" ")).not.toContain("---");
  });

  it("joins hard-wrapped lines within a paragraph and accepts CRLF line endings", () => {
    const parsed = parseMarkdownArticle("---\r\ntitle: T\r\n---\r\nOne line\r\ncontinued.\r\n\r\nSecond paragraph.\r\n");
    expect(parsed.paragraphs).toEqual(["One line continued.", "Second paragraph."]);
  });

  it("throws when the front matter block is missing", () => {
    expect(() => parseMarkdownArticle("Just a paragraph.\n\nAnother.")).toThrow(/front matter/);
  });

  it("throws when the front matter has no title", () => {
    expect(() => parseMarkdownArticle("---\npublisher: X\n---\nBody.")).toThrow();
  });
});
