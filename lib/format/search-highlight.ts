/**
 * The pieces of search highlighting that need no database: the words to mark, the markers
 * ts_headline puts around them, and cutting its output at those markers into plain segments that
 * React renders as text (never as HTML).
 */
import type { HighlightSegment } from "@/lib/views/search";

export type HighlightMarks = { start: string; stop: string };

/**
 * Markers no stored text can contain by chance: fresh random ones per search. Letters, digits and
 * brackets only, so they need no quoting beyond ts_headline's own double quotes.
 */
export function newHighlightMarks(): HighlightMarks {
  const nonce = crypto.randomUUID().replaceAll("-", "");
  return { start: `[[hl-${nonce}]]`, stop: `[[/hl-${nonce}]]` };
}

/** Text up to this many characters is shown whole; longer text as the passages around its matches. */
export const WHOLE_TEXT_LIMIT = 300;

/** ts_headline's options for the marks: the whole text, or up to two passages of about 30 words. */
export function headlineOptions(marks: HighlightMarks): { whole: string; passages: string } {
  const selectors = `StartSel="${marks.start}", StopSel="${marks.stop}"`;
  return { whole: `${selectors}, HighlightAll=true`, passages: `${selectors}, MaxFragments=2, MinWords=8, MaxWords=30, ShortWord=0, FragmentDelimiter=" … "` };
}

/**
 * The query's words joined by `or`, for highlighting: the search itself wants all of them, but they
 * may sit in different fields, and ts_headline marks nothing in a field that lacks a whole match.
 * Excluded words (`-word`) are left out; quotes are dropped (a phrase's words are marked one by one).
 */
export function anyOfWords(query: string): string {
  return query
    .replaceAll('"', " ")
    .split(/\s+/)
    .filter((word) => word && !word.startsWith("-") && word.toLowerCase() !== "or")
    .join(" or ");
}

/** ts_headline's output cut at the marks: the marked words as matches, the rest as plain text. */
export function segmentsOf(headline: string, marks: HighlightMarks): HighlightSegment[] {
  const [before = "", ...marked] = headline.split(marks.start);
  const segments: HighlightSegment[] = before ? [{ text: before, isMatch: false }] : [];
  for (const piece of marked) {
    const at = piece.indexOf(marks.stop);
    const [match, rest] = at < 0 ? [piece, ""] : [piece.slice(0, at), piece.slice(at + marks.stop.length)];
    if (match) segments.push({ text: match, isMatch: true });
    if (rest) segments.push({ text: rest, isMatch: false });
  }
  return segments;
}

/** Whether ts_headline marked anything: fields it did not are left out of a result's highlights. */
export const hasMarks = (headline: string | null, marks: HighlightMarks): headline is string => headline !== null && headline.includes(marks.start);
