/**
 * Between ProseMirror positions and offsets in the article's plain text. The document is a flat
 * list of text blocks; the plain text joins them with a blank line ("\n\n"). Both count UTF-16 code
 * units, so curly quotes, non-breaking spaces, emoji and other astral characters shift neither.
 */
import type { Node as PMNode } from "@tiptap/pm/model";
import { BLOCK_SEPARATOR } from "@/lib/document/article-document";

/** A text block: where its text sits in the plain text, and where its content starts in the document. */
export type BlockSpan = { textStart: number; textEnd: number; posStart: number };

const spansByDoc = new WeakMap<PMNode, BlockSpan[]>();

/** The text blocks of a document (memoised per document: documents are immutable). */
export function blockSpans(doc: PMNode): BlockSpan[] {
  const cached = spansByDoc.get(doc);
  if (cached) return cached;
  const spans: BlockSpan[] = [];
  let text = 0;
  doc.forEach((node, offset, index) => {
    if (index > 0) text += BLOCK_SEPARATOR.length;
    const length = node.textContent.length;
    spans.push({ textStart: text, textEnd: text + length, posStart: offset + 1 });
    text += length;
  });
  spansByDoc.set(doc, spans);
  return spans;
}

function spanIndexForOffset(spans: BlockSpan[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((spans[mid]?.textStart ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The document position of a plain-text offset. An offset inside a block separator belongs to the
 * end of the block before it when `bias` is -1 (range ends) and to the start of the next one when 1.
 */
export function textOffsetToPos(spans: BlockSpan[], offset: number, bias: -1 | 1 = 1): number {
  if (!spans.length) return 0;
  const index = spanIndexForOffset(spans, offset);
  const span = spans[index]!;
  if (offset <= span.textEnd) return span.posStart + (offset - span.textStart);
  const next = spans[index + 1];
  return bias > 0 && next ? next.posStart : span.posStart + (span.textEnd - span.textStart);
}

/**
 * The document ranges that cover a plain-text range, one per text block it touches (a range that
 * spans a paragraph break is drawn as one piece per paragraph). Empty pieces are left out.
 */
export function blockRanges(spans: BlockSpan[], start: number, end: number): { block: number; from: number; to: number }[] {
  const ranges: { block: number; from: number; to: number }[] = [];
  if (!spans.length || end <= start) return ranges;
  for (let index = spanIndexForOffset(spans, start); index < spans.length; index++) {
    const span = spans[index]!;
    if (span.textStart >= end) break;
    const from = Math.max(start, span.textStart);
    const to = Math.min(end, span.textEnd);
    if (to > from) ranges.push({ block: index, from: span.posStart + (from - span.textStart), to: span.posStart + (to - span.textStart) });
  }
  return ranges;
}

/** The plain-text offset of a document position (positions between blocks go to the nearer block edge). */
export function posToTextOffset(spans: BlockSpan[], pos: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((spans[mid]?.posStart ?? 0) <= pos) low = mid;
    else high = mid - 1;
  }
  const span = spans[low];
  if (!span) return 0;
  const length = span.textEnd - span.textStart;
  return span.textStart + Math.max(0, Math.min(length, pos - span.posStart));
}

/**
 * The plain-text range of a document selection, trimmed of surrounding whitespace; null when
 * nothing but whitespace is selected. Reads only the selected text, not the whole article.
 */
export function selectedTextRange(doc: PMNode, from: number, to: number): { start: number; end: number; exact: string } | null {
  const spans = blockSpans(doc);
  const start = posToTextOffset(spans, Math.min(from, to));
  const end = posToTextOffset(spans, Math.max(from, to));
  const text = doc.textBetween(textOffsetToPos(spans, start, 1), textOffsetToPos(spans, end, -1), BLOCK_SEPARATOR);
  const exact = text.trim();
  if (!exact) return null;
  const trimmedStart = start + (text.length - text.trimStart().length);
  return { start: trimmedStart, end: trimmedStart + exact.length, exact };
}
