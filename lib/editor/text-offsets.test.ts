import { describe, expect, it } from "vitest";
import { docFromParagraphs, plainTextFromDoc, type ArticleDoc } from "@/lib/document/article-document";
import { toProseMirror } from "./prosemirror-doc-for-tests";
import { blockRanges, blockSpans, posToTextOffset, selectedTextRange, textOffsetToPos } from "./text-offsets";

// Curly quotes, a non-breaking space, an emoji (two UTF-16 units) and a flag (four), and marks
// that split a block into several text nodes.
const tricky: ArticleDoc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "“Peace” talks 🇺🇦" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Rubio said it’s " },
        { type: "text", text: "complicated", marks: [{ type: "bold" }] },
        { type: "text", text: "\u00a0👍 on " },
        { type: "text", text: "Sunday", marks: [{ type: "link", attrs: { href: "https://example.org" } }] },
        { type: "text", text: "." },
      ],
    },
    { type: "paragraph" },
    { type: "paragraph", content: [{ type: "text", text: "Last 😀 line" }] },
  ],
};

describe("text offsets", () => {
  const doc = toProseMirror(tricky);
  const text = plainTextFromDoc(tricky);
  const spans = blockSpans(doc);

  it("agrees with the stored plain text: blocks joined by a blank line", () => {
    expect(doc.textBetween(0, doc.content.size, "\n\n")).toBe(text);
    expect(spans.map((span) => text.slice(span.textStart, span.textEnd))).toEqual(["“Peace” talks 🇺🇦", "Rubio said it’s complicated\u00a0👍 on Sunday.", "", "Last 😀 line"]);
  });

  it("maps every offset inside a block to the position of the same character and back", () => {
    for (const span of spans) {
      for (let offset = span.textStart; offset <= span.textEnd; offset++) {
        const pos = textOffsetToPos(spans, offset);
        expect(posToTextOffset(spans, pos)).toBe(offset);
        if (offset < span.textEnd) expect(doc.textBetween(pos, pos + 1)).toBe(text[offset]);
      }
    }
  });

  it("reads back any range within a block as the same text, across marks and astral characters", () => {
    const [, paragraph] = spans;
    for (let start = paragraph!.textStart; start < paragraph!.textEnd; start += 3) {
      for (let end = start + 1; end <= paragraph!.textEnd; end += 5) {
        expect(doc.textBetween(textOffsetToPos(spans, start), textOffsetToPos(spans, end, -1))).toBe(text.slice(start, end));
      }
    }
  });

  it("sends an offset inside a paragraph break to the end of the block before or the start of the next", () => {
    const first = spans[0]!;
    const second = spans[1]!;
    const inBreak = first.textEnd + 1;
    expect(textOffsetToPos(spans, inBreak, -1)).toBe(first.posStart + (first.textEnd - first.textStart));
    expect(textOffsetToPos(spans, inBreak, 1)).toBe(second.posStart);
  });

  it("sends a position between blocks to the nearer block edge", () => {
    const second = spans[1]!;
    expect(posToTextOffset(spans, second.posStart - 1)).toBe(spans[0]!.textEnd);
    expect(posToTextOffset(spans, 0)).toBe(0);
    expect(posToTextOffset(spans, doc.content.size)).toBe(text.length);
  });

  it("splits a range across a paragraph break into one piece per block, leaving out empty blocks", () => {
    const start = text.indexOf("Sunday");
    const end = text.indexOf("😀");
    const pieces = blockRanges(spans, start, end);
    expect(pieces.map(({ from, to }) => doc.textBetween(from, to))).toEqual(["Sunday.", "Last "]);
    expect(blockRanges(spans, start, start)).toEqual([]);
    expect(blockRanges(spans, spans[0]!.textEnd, spans[1]!.textStart)).toEqual([]);
  });

  it("memoises the spans per document, which never changes", () => {
    expect(blockSpans(doc)).toBe(spans);
    expect(blockSpans(toProseMirror(docFromParagraphs(["a"])))).toEqual([{ textStart: 0, textEnd: 1, posStart: 1 }]);
  });

  it("reads a selection as the trimmed plain-text range it covers, agreeing with the stored text", () => {
    const from = textOffsetToPos(spans, text.indexOf(" complicated"));
    const to = textOffsetToPos(spans, text.indexOf("Last") + 4);
    const range = selectedTextRange(doc, to, from)!;
    expect(range.exact).toBe(text.slice(range.start, range.end));
    expect(range.exact.startsWith("complicated")).toBe(true);
    expect(range.exact.endsWith("\n\nLast")).toBe(true);
    for (let a = 0; a <= doc.content.size; a += 7) {
      for (let b = a; b <= doc.content.size; b += 11) {
        const selected = selectedTextRange(doc, a, b);
        if (selected) expect(selected.exact).toBe(text.slice(selected.start, selected.end));
        else expect(text.slice(posToTextOffset(spans, a), posToTextOffset(spans, b)).trim()).toBe("");
      }
    }
  });

  it("reads a selection of only whitespace (a non-breaking space, a paragraph break) as nothing", () => {
    const nbsp = text.indexOf("\u00a0");
    expect(selectedTextRange(doc, textOffsetToPos(spans, nbsp), textOffsetToPos(spans, nbsp + 1))).toBeNull();
    expect(selectedTextRange(doc, textOffsetToPos(spans, spans[0]!.textEnd), textOffsetToPos(spans, spans[1]!.textStart))).toBeNull();
  });
});
