/**
 * Re-anchors claims after the article text changed. Every claim is first mapped through the edit
 * itself (the diff between the two texts): a claim whose words were not touched moves exactly and
 * costs nothing more. Only claims whose own words changed are searched for, among the place the
 * edit moved them to and the verbatim copies of the quote that the edit itself wrote (a pasted
 * paragraph, say); a copy that was already in the old text is somebody else's sentence and never
 * a candidate. A match is accepted only when quote and context together score above
 * ACCEPT_THRESHOLD; otherwise the claim becomes an orphan.
 */
import { findExactOccurrences, isAcceptable, scoreCandidate, type Candidate, type MatchScore } from "./match-quote";
import { PositionMap } from "./position-map";
import { describeRange, type ClaimSelector } from "./selector";
import { diffTexts } from "./text-diff";

export type AnchoredClaim = ClaimSelector & { id: string };

export type ReanchorOutcome =
  | { id: string; outcome: "unchanged" | "moved"; selector: ClaimSelector }
  | { id: string; outcome: "fuzzy"; selector: ClaimSelector; score: MatchScore }
  | { id: string; outcome: "orphaned"; bestScore: MatchScore | null };

function pickBest(text: string, claim: AnchoredClaim, candidates: Candidate[], expectedStart: number) {
  let best: { candidate: Candidate; score: MatchScore } | null = null;
  for (const candidate of candidates) {
    const score = scoreCandidate(text, claim, candidate);
    const isBetter =
      !best ||
      score.total > best.score.total + 1e-9 ||
      (Math.abs(score.total - best.score.total) <= 1e-9 &&
        Math.abs(candidate.start - expectedStart) < Math.abs(best.candidate.start - expectedStart));
    if (isBetter) best = { candidate, score };
  }
  return best;
}

/** Overrides for the benchmark's threshold sweep; the app always uses the defaults. */
export type ReanchorOptions = { acceptThreshold?: number; minQuoteSimilarity?: number };

type Maps = { forward: PositionMap; backward: PositionMap };

/** True when the quote occurs more than once in the text: a diff may then align the claim with another copy. */
function occursTwice(text: string, exact: string): boolean {
  const first = text.indexOf(exact);
  return first !== -1 && text.indexOf(exact, first + 1) !== -1;
}

/**
 * A claim the diff left untouched keeps its place, unless that place may be another copy of the
 * quote: where the quote is repeated, the shortest diff can delete the claim's own words and keep
 * an identical run elsewhere ("officials ... officials"). A changed context there is checked like
 * any candidate; a claim that fails the check is searched for as if its words had changed.
 */
function keepsItsPlace(oldText: string, newText: string, claim: AnchoredClaim, mapped: Candidate, options: ReanchorOptions): boolean {
  const selector = describeRange(newText, mapped.start, mapped.end);
  if (selector.prefix === claim.prefix && selector.suffix === claim.suffix) return true;
  if (isAcceptable(scoreCandidate(newText, claim, mapped), options.acceptThreshold, options.minQuoteSimilarity)) return true;
  return !occursTwice(oldText, claim.exact);
}

function reanchorOne(oldText: string, newText: string, maps: Maps, claim: AnchoredClaim, options: ReanchorOptions): ReanchorOutcome {
  const map = maps.forward;
  const mapped = { start: map.map(claim.start, 1), end: map.map(claim.end, -1) };
  if (!map.touches(claim.start, claim.end) && keepsItsPlace(oldText, newText, claim, mapped, options)) {
    const outcome = mapped.start === claim.start ? "unchanged" : "moved";
    return { id: claim.id, outcome, selector: describeRange(newText, mapped.start, mapped.end) };
  }
  // Only a copy that the edit wrote as a whole (a pasted paragraph) can be this claim moved; text that
  // was already there, even partly, is somebody else's sentence.
  const candidates = findExactOccurrences(newText, claim.exact).filter((copy) => maps.backward.isInsideOneChange(copy.start, copy.end));
  if (mapped.end > mapped.start) candidates.push(mapped);
  const best = pickBest(newText, claim, candidates, mapped.start);
  if (!best || !isAcceptable(best.score, options.acceptThreshold, options.minQuoteSimilarity)) return { id: claim.id, outcome: "orphaned", bestScore: best?.score ?? null };
  return {
    id: claim.id,
    outcome: "fuzzy",
    selector: describeRange(newText, best.candidate.start, best.candidate.end),
    score: best.score,
  };
}

export function reanchorClaims(
  oldText: string,
  newText: string,
  claims: readonly AnchoredClaim[],
  options: ReanchorOptions = {},
): ReanchorOutcome[] {
  const changes = diffTexts(oldText, newText);
  const maps: Maps = {
    forward: new PositionMap(changes),
    backward: new PositionMap(changes.map((c) => ({ oldStart: c.newStart, oldEnd: c.newEnd, newStart: c.oldStart, newEnd: c.oldEnd }))),
  };
  return claims.map((claim) => reanchorOne(oldText, newText, maps, claim, options));
}
