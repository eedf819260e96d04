/**
 * W3C Web Annotation selectors over an article's plain text. Offsets count UTF-16 code units, the
 * same unit as JavaScript strings and ProseMirror positions, so emoji and other astral characters
 * never shift one against the other.
 */
export type TextQuoteSelector = { exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { start: number; end: number };
export type ClaimSelector = TextQuoteSelector & TextPositionSelector;

/** Characters of context stored on each side of a quote (as hypothesis/client does). */
export const CONTEXT_LENGTH = 32;

/** Moves an offset off the second half of a surrogate pair, so a slice never splits an emoji. */
function clampToCodePoint(text: string, offset: number, direction: -1 | 1): number {
  const code = text.charCodeAt(offset);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return isLowSurrogate && offset > 0 && offset < text.length ? offset + (direction > 0 ? 1 : -1) : offset;
}

/** Both selectors for the text between `start` and `end`. */
export function describeRange(text: string, start: number, end: number): ClaimSelector {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
    throw new RangeError(`Invalid range ${start}..${end} for a text of length ${text.length}`);
  }
  const prefixStart = clampToCodePoint(text, Math.max(0, start - CONTEXT_LENGTH), 1);
  const suffixEnd = clampToCodePoint(text, Math.min(text.length, end + CONTEXT_LENGTH), -1);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

/** True when the position selector still points at the quoted text. */
export function isQuoteAt(text: string, selector: Pick<ClaimSelector, "exact" | "start" | "end">): boolean {
  return selector.end <= text.length && text.slice(selector.start, selector.end) === selector.exact;
}
