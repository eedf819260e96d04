/**
 * Scores a candidate place for a quote in a text by how much the quote and its context on both
 * sides still look like what was stored. Distance from the expected place only breaks ties.
 */
import { CONTEXT_LENGTH, type TextQuoteSelector } from "./selector";
import { similarity } from "./similarity";

export type Candidate = { start: number; end: number };
export type MatchScore = { quote: number; prefix: number; suffix: number; total: number };

export const QUOTE_WEIGHT = 0.5;
export const CONTEXT_WEIGHT = 0.25; // each of prefix and suffix

/**
 * Below this combined score a candidate is rejected and the claim becomes an orphan. Chosen from
 * `npm run bench -- anchoring` (100,000 words, 2,000 claims, 200 edits, ground truth tracked):
 * with quote similarity floors of 0.4 to 0.7, every threshold of 0.75 or more accepts no wrong
 * match, while 0.70 and below (with a 0.4 floor) accept 2 claims whose words were mostly rewritten;
 * each step above 0.75 only orphans claims that survived (7 at 0.80, 9 at 0.90, against 3 at 0.75).
 */
export const ACCEPT_THRESHOLD = 0.75;
/**
 * However good the context, at least this much of the quote itself must remain: in the same
 * benchmark 0.5 loses 3 claims whose text survived (0.6: 6), and only 0.4 lets wrong matches in.
 */
export const MIN_QUOTE_SIMILARITY = 0.5;

function contextSimilarity(stored: string, actual: string): number {
  if (!stored && !actual) return 1;
  return similarity(stored, actual);
}

/**
 * The context is compared with what describeRange would store at the candidate (up to
 * CONTEXT_LENGTH characters), so a claim stored at the very start of the text (empty prefix) does
 * not match anywhere else for free.
 */
export function scoreCandidate(text: string, quote: TextQuoteSelector, candidate: Candidate): MatchScore {
  const quoteScore = similarity(quote.exact, text.slice(candidate.start, candidate.end));
  const prefixScore = contextSimilarity(quote.prefix, text.slice(Math.max(0, candidate.start - CONTEXT_LENGTH), candidate.start));
  const suffixScore = contextSimilarity(quote.suffix, text.slice(candidate.end, candidate.end + CONTEXT_LENGTH));
  return {
    quote: quoteScore,
    prefix: prefixScore,
    suffix: suffixScore,
    total: QUOTE_WEIGHT * quoteScore + CONTEXT_WEIGHT * (prefixScore + suffixScore),
  };
}

export function isAcceptable(score: MatchScore, threshold = ACCEPT_THRESHOLD, minQuote = MIN_QUOTE_SIMILARITY): boolean {
  return score.total >= threshold && score.quote >= minQuote;
}

/** Every place the quote occurs verbatim (at most `limit`). */
export function findExactOccurrences(text: string, exact: string, limit = 100): Candidate[] {
  const found: Candidate[] = [];
  if (!exact) return found;
  for (let at = text.indexOf(exact); at !== -1 && found.length < limit; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length });
  }
  return found;
}
