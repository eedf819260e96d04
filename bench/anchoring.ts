/**
 * Re-anchoring benchmark: a 100,000-word article, 2,000 claims, 200 scattered edits (sentence
 * deletions, some of sentences repeated elsewhere; word replacements; insertions). Ground truth
 * comes from tagging every character with its original offset. Reports correct / wrong / orphaned
 * counts and time, and the same counts for a range of acceptance thresholds.
 */
import { performance } from "node:perf_hooks";
import { ACCEPT_THRESHOLD } from "@/lib/anchoring/match-quote";
import { reanchorClaims, type AnchoredClaim, type ReanchorOutcome } from "@/lib/anchoring/reanchor";
import { describeRange } from "@/lib/anchoring/selector";
import { makeArticleText, makeSentence, makeVocabulary, seededRandom } from "./generate-article";

const WORDS = 100_000;
const CLAIMS = 2_000;
const EDITS = 200;

type Tracked = { text: string; origin: Int32Array };

function splice(doc: Tracked, at: number, remove: number, insert: string): Tracked {
  const origin = new Int32Array(doc.origin.length - remove + insert.length);
  origin.set(doc.origin.subarray(0, at), 0);
  origin.fill(-1, at, at + insert.length);
  origin.set(doc.origin.subarray(at + remove), at + insert.length);
  return { text: doc.text.slice(0, at) + insert + doc.text.slice(at + remove), origin };
}

/** The sentence around `at`: from after the previous ". " (or paragraph start) to its final "." */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  const before = Math.max(text.lastIndexOf(". ", at - 1) + 2, text.lastIndexOf("\n", at - 1) + 1, 0);
  const stop = text.indexOf(".", at);
  return { start: before, end: stop < 0 ? text.length : stop + 1 };
}

function applyRandomEdits(random: () => number, doc: Tracked, claims: AnchoredClaim[], vocabulary: string[]): Tracked {
  const claimedDuplicates = claims.filter((claim) => doc.text.indexOf(claim.exact) !== doc.text.lastIndexOf(claim.exact));
  for (let i = 0; i < EDITS; i++) {
    const kind = random();
    if (kind < 0.3) {
      // Delete a whole sentence; a third of the time one whose claimed words appear elsewhere too (the trap).
      const trap = claimedDuplicates.length && random() < 0.33 ? claimedDuplicates[Math.floor(random() * claimedDuplicates.length)] : undefined;
      const current = trap ? doc.origin.indexOf(trap.start) : -1;
      const at = current >= 0 ? current : Math.floor(random() * doc.text.length);
      const { start, end } = sentenceAround(doc.text, at);
      const removeSpace = doc.text[end] === " " ? 1 : 0;
      doc = splice(doc, start, end - start + removeSpace, "");
    } else if (kind < 0.4) {
      // Rewrite a claimed passage: replace between one word and all of its words.
      const claim = claims[Math.floor(random() * claims.length)]!;
      const start = doc.origin.indexOf(claim.start);
      const end = start < 0 ? -1 : doc.origin.indexOf(claim.end - 1) + 1;
      if (start >= 0 && end > start) {
        // Word by word from the end, so only replaced words lose their identity.
        const share = random();
        const words = doc.text.slice(start, end).split(" ");
        let wordEnd = end;
        for (let w = words.length - 1; w >= 0; w--) {
          const word = words[w]!;
          const wordStart = wordEnd - word.length;
          if (random() < share) doc = splice(doc, wordStart, word.length, vocabulary[Math.floor(random() * vocabulary.length)]!);
          wordEnd = wordStart - 1;
        }
      }
    } else if (kind < 0.6) {
      // Replace one word.
      const at = Math.floor(random() * doc.text.length);
      const start = doc.text.lastIndexOf(" ", at) + 1;
      const end = doc.text.indexOf(" ", at);
      if (end > start && end - start < 20) doc = splice(doc, start, end - start, vocabulary[Math.floor(random() * vocabulary.length)]!);
    } else if (kind < 0.85) {
      // Insert a sentence after a sentence.
      const at = doc.text.indexOf(". ", Math.floor(random() * doc.text.length));
      if (at > 0) doc = splice(doc, at + 2, 0, `${makeSentence(random, vocabulary)} `);
    } else {
      // Insert a word.
      const at = doc.text.indexOf(" ", Math.floor(random() * doc.text.length));
      if (at > 0) doc = splice(doc, at, 0, ` ${vocabulary[Math.floor(random() * vocabulary.length)]}`);
    }
  }
  return doc;
}

type Verdict = "correct" | "wrong" | "orphaned-correctly" | "orphaned-lost";

function judge(claim: AnchoredClaim, outcome: ReanchorOutcome, doc: Tracked): Verdict {
  const isOwn = (origin: number) => origin >= claim.start && origin < claim.end;
  let surviving = 0;
  for (const origin of doc.origin) if (isOwn(origin)) surviving++;
  const mostlySurvived = surviving >= 0.5 * claim.exact.length;
  if (outcome.outcome === "orphaned") return mostlySurvived ? "orphaned-lost" : "orphaned-correctly";
  // Less than half of the claim's own text is left: anchoring it anyway points at different words.
  if (!mostlySurvived) return "wrong";
  const { start, end } = outcome.selector;
  let own = 0;
  let foreign = 0;
  for (let i = start; i < end; i++) {
    const origin = doc.origin[i]!;
    if (isOwn(origin)) own++;
    else if (origin >= 0) foreign++;
  }
  const isRight = foreign <= 0.25 * (end - start) && own >= 0.5 * surviving;
  return isRight ? "correct" : "wrong";
}

function tally(claims: AnchoredClaim[], outcomes: ReanchorOutcome[], doc: Tracked) {
  const counts: Record<Verdict, number> = { correct: 0, wrong: 0, "orphaned-correctly": 0, "orphaned-lost": 0 };
  outcomes.forEach((outcome, index) => counts[judge(claims[index]!, outcome, doc)]++);
  return counts;
}

export function runAnchoringBenchmark(seed = 20261126) {
  const random = seededRandom(seed);
  const { text } = makeArticleText(random, WORDS);
  const vocabulary = makeVocabulary(seededRandom(seed + 1));

  // Claims on whole sentences (two thirds) or on fragments of at least five words.
  const claims: AnchoredClaim[] = [];
  const taken = new Set<number>();
  while (claims.length < CLAIMS) {
    const { start, end } = sentenceAround(text, Math.floor(random() * text.length));
    if (taken.has(start) || end - start < 20) continue;
    taken.add(start);
    let from = start;
    let to = end;
    if (random() < 0.33) {
      const words = text.slice(start, end).split(" ");
      const first = Math.floor(random() * Math.max(1, words.length - 5));
      from = start + words.slice(0, first).join(" ").length + (first ? 1 : 0);
      to = from + words.slice(first, first + 5 + Math.floor(random() * 5)).join(" ").length;
    }
    claims.push({ id: String(claims.length), ...describeRange(text, from, Math.min(to, end)) });
  }

  const edited = applyRandomEdits(random, { text, origin: Int32Array.from({ length: text.length }, (_, i) => i) }, claims, vocabulary);

  const times: number[] = [];
  let outcomes: ReanchorOutcome[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    outcomes = reanchorClaims(text, edited.text, claims);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const counts = tally(claims, outcomes, edited);
  const kinds = outcomes.reduce<Record<string, number>>((acc, o) => ((acc[o.outcome] = (acc[o.outcome] ?? 0) + 1), acc), {});

  if (process.env.BENCH_DEBUG) {
    outcomes.forEach((outcome, index) => {
      const claim = claims[index]!;
      const verdict = judge(claim, outcome, edited);
      if (verdict === "wrong" && outcome.outcome !== "orphaned") console.log(JSON.stringify({ verdict, exact: claim.exact, now: outcome.selector.exact }));
      if (verdict === "orphaned-lost" && outcome.outcome === "orphaned") console.log(JSON.stringify({ verdict, exact: claim.exact, best: outcome.bestScore }));
    });
  }

  const sweep = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9].flatMap((threshold) =>
    [0.4, 0.5, 0.6, 0.7].map((minQuote) => ({
      threshold,
      minQuote,
      ...tally(claims, reanchorClaims(text, edited.text, claims, { acceptThreshold: threshold, minQuoteSimilarity: minQuote }), edited),
    })),
  );

  return {
    words: text.split(/\s+/).length,
    characters: text.length,
    claims: claims.length,
    edits: EDITS,
    threshold: ACCEPT_THRESHOLD,
    medianMs: times[2]!,
    worstMs: times[4]!,
    outcomes: kinds,
    counts,
    sweep,
  };
}
