import { describe, expect, it } from "vitest";
import { plainTextFromDoc } from "@/lib/document/article-document";
import { ImportTooComplexError } from "./html-to-doc";
import { bodyToDoc, markdownToDoc, textToDoc } from "./body-to-doc";

const paragraph = (value: string) => ({ type: "paragraph", content: [{ type: "text", text: value }] });

describe("textToDoc", () => {
  it("splits paragraphs on blank lines, including lines of only whitespace", () => {
    expect(textToDoc("First.\n\nSecond.\n \t\nThird.")).toEqual({ type: "doc", content: [paragraph("First."), paragraph("Second."), paragraph("Third.")] });
  });

  it("joins single line breaks inside a paragraph with one space", () => {
    expect(textToDoc("A hard-wrapped\nline   \n   continues.")).toEqual({ type: "doc", content: [paragraph("A hard-wrapped line continues.")] });
  });

  it("treats CRLF and lone CR like LF", () => {
    expect(textToDoc("One\r\nline.\r\n\r\nTwo\rlines.\r\rThree.")).toEqual({
      type: "doc",
      content: [paragraph("One line."), paragraph("Two lines."), paragraph("Three.")],
    });
  });

  it("drops leading, trailing and repeated blank lines", () => {
    expect(plainTextFromDoc(textToDoc("\n\n  Only.  \n\n\n\n\nLast.\n\n"))).toBe("Only.\n\nLast.");
  });

  it("keeps markup in plain text as text", () => {
    expect(textToDoc("<script>alert(1)</script> **not bold**")).toEqual({ type: "doc", content: [paragraph("<script>alert(1)</script> **not bold**")] });
  });

  it("answers an empty document for blank text", () => {
    expect(textToDoc(" \n\n \r\n ")).toEqual({ type: "doc", content: [] });
  });
});

describe("markdownToDoc", () => {
  it("turns headings into heading blocks (# becomes level 2, ### level 3)", () => {
    expect(markdownToDoc("# Title\n\nBody.\n\n### Detail\n\nMore.")).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Title" }] },
        paragraph("Body."),
        { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Detail" }] },
        paragraph("More."),
      ],
    });
  });

  it("keeps emphasis and http links as marks", () => {
    expect(markdownToDoc("Some **bold**, _italic_ and [a link](https://example.test/a).")).toEqual({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Some " },
            { type: "text", text: "bold", marks: [{ type: "bold" }] },
            { type: "text", text: ", " },
            { type: "text", text: "italic", marks: [{ type: "italic" }] },
            { type: "text", text: " and " },
            { type: "text", text: "a link", marks: [{ type: "link", attrs: { href: "https://example.test/a" } }] },
            { type: "text", text: "." },
          ],
        },
      ],
    });
  });

  it("drops raw <script> blocks and inline HTML handlers", () => {
    const doc = markdownToDoc('Before.\n\n<script>alert(1)</script>\n\nAfter <img src="x" onerror="alert(2)"> this.');
    expect(plainTextFromDoc(doc)).toBe("Before.\n\nAfter this.");
    const json = JSON.stringify(doc);
    for (const word of ["script", "alert", "onerror", "img"]) expect(json).not.toContain(word);
  });

  it("makes no link of a javascript: URL: the words stay as typed, as text", () => {
    const doc = markdownToDoc("[Click](javascript:alert(1)) me");
    expect(doc).toEqual({ type: "doc", content: [paragraph("[Click](javascript:alert(1)) me")] });
  });

  it("converts hostile nesting and delimiter runs, or refuses them as too deep, never overflowing the stack", () => {
    // marked overflowed the stack on the first two (a 500). markdown-it stops at its nesting limit
    // and keeps nothing past it: the empty article is then refused like any empty one (a 400).
    expect(markdownToDoc("- ".repeat(100_000) + "x")).toEqual({ type: "doc", content: [] });
    expect(markdownToDoc(">".repeat(100_000) + " x")).toEqual({ type: "doc", content: [] });
    expect(() => markdownToDoc("*".repeat(100_000) + "x" + "*".repeat(100_000))).toThrow(ImportTooComplexError);
  });

  it("joins soft line breaks inside a paragraph", () => {
    expect(plainTextFromDoc(markdownToDoc("One\nline.\r\n\r\nNext."))).toBe("One line.\n\nNext.");
  });
});

describe("bodyToDoc", () => {
  it("picks the converter by which body is given", () => {
    expect(bodyToDoc({ text: "**x**" })).toEqual({ type: "doc", content: [paragraph("**x**")] });
    expect(bodyToDoc({ markdown: "**x**" })).toEqual({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "bold" }] }] }] });
    expect(bodyToDoc({ html: "<p>x</p>" })).toEqual({ type: "doc", content: [paragraph("x")] });
  });

  it("answers undefined when no body is given", () => {
    expect(bodyToDoc({})).toBeUndefined();
  });
});
