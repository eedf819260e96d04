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

function reanchorOne(newText: string, maps: Maps, claim: AnchoredClaim, options: ReanchorOptions): ReanchorOutcome {
  const map = maps.forward;
  const mapped = { start: map.map(claim.start, 1), end: map.map(claim.end, -1) };
  if (!map.touches(claim.start, claim.end)) {
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
  return claims.map((claim) => reanchorOne(newText, maps, claim, options));
}
