import { describe, expect, it } from "vitest";
import { BLOCK_SEPARATOR, docFromParagraphs, plainTextFromDoc, type ArticleDoc } from "./article-document";

describe("article document", () => {
  it("builds one paragraph node per paragraph", () => {
    expect(docFromParagraphs(["First.", "Second."])).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "First." }] },
        { type: "paragraph", content: [{ type: "text", text: "Second." }] },
      ],
    });
  });

  it("leaves an empty paragraph without content (ProseMirror refuses empty text nodes)", () => {
    expect(docFromParagraphs([""]).content[0]).toEqual({ type: "paragraph" });
  });

  it("gives plain text as the paragraphs joined by a blank line", () => {
    const paragraphs = ["Officials met on “Sunday”.", "", "Rubio said it’s complicated."];
    expect(BLOCK_SEPARATOR).toBe("\n\n");
    expect(plainTextFromDoc(docFromParagraphs(paragraphs))).toBe("Officials met on “Sunday”.\n\n\n\nRubio said it’s complicated.");
  });

  it("concatenates the marked text pieces of each block", () => {
    const doc: ArticleDoc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Head" }, { type: "text", text: "line", marks: [{ type: "bold" }] }] },
        { type: "paragraph", content: [{ type: "text", text: "Linked", marks: [{ type: "link", attrs: { href: "https://example.org" } }] }, { type: "text", text: "." }] },
      ],
    };
    expect(plainTextFromDoc(doc)).toBe("Headline\n\nLinked.");
  });
});
