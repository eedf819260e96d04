/**
 * Property: whatever random edits do to the text, a re-anchored claim is either an orphan or points
 * at the claim's own surviving characters (plus, possibly, words the edits inserted among them),
 * never silently at other text that was already there. Ground truth comes from tagging every
 * character with its original offset and carrying the tags through the edits.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reanchorClaims } from "./reanchor";
import { describeRange } from "./selector";

type Char = { ch: string; origin: number }; // origin -1: inserted by an edit

const WORDS = "the a talks minister said on Sunday peace plan war Kyiv Moscow would should more work remains talks were held in Florida reported officials security guarantees draft points region forces".split(" ");

const arbSentence = fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 14 }).map((words) => {
  const sentence = words.join(" ");
  return sentence[0]!.toUpperCase() + sentence.slice(1) + ".";
});
const arbText = fc
  .array(fc.array(arbSentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" ")), { minLength: 2, maxLength: 8 })
  .map((paragraphs) => paragraphs.join("\n\n"));

type Edit =
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; words: string[] }
  | { kind: "replace"; at: number; length: number; words: string[] };

const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }) }),
  fc.record({
    kind: fc.constant("replace" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 12 }),
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
  }),
);

function applyEdit(chars: Char[], edit: Edit): Char[] {
  const at = chars.length ? edit.at % (chars.length + 1) : 0;
  const inserted = edit.kind === "delete" ? [] : [...` ${edit.words.join(" ")} `].map((ch) => ({ ch, origin: -1 }));
  const removed = edit.kind === "insert" ? 0 : Math.min(edit.length, chars.length - at);
  return [...chars.slice(0, at), ...inserted, ...chars.slice(at + removed)];
}

type Example = [string, [number, number][], Edit[]];

/** Counterexamples found by earlier runs, kept so they are tried on every run. */
const EXAMPLES: Example[] = [
  // The claim's own "fficials" was deleted; the shortest diff kept another "fficials" 21 characters on.
  [
    "Sunday a reported on. Talks Moscow were plan plan Moscow a security a points more the talks more. Reported points reported held points guarantees officials more would officials more would peace region.\n\nOn the talks would Moscow were region.",
    [[147, 8]],
    [
      { kind: "replace", at: 176, length: 2, words: ["the", "should"] },
      { kind: "delete", at: 175, length: 6 },
      { kind: "delete", at: 96, length: 58 },
      { kind: "insert", at: 0, words: ["the"] },
    ],
  ],
];

/**
 * A fixed seed by default, so a run of `npm test` is repeatable. Explore with other seeds and more
 * cases: `FC_SEED=$RANDOM FC_RUNS=20000 npx vitest run lib/anchoring/reanchor.property.test.ts`
 * (seen on 2026-12-01: 20,000 cases still find rare misses, such as a 2-character claim at the end of the text).
 */
const SEED = Number(process.env.FC_SEED ?? 20_261_201);
const RUNS = Number(process.env.FC_RUNS ?? 300);

describe("re-anchoring under random edits", () => {
  it("never makes a claim point at different text", { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(
        arbText,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 8, max: 80 })), { minLength: 1, maxLength: 6 }),
        fc.array(arbEdit, { minLength: 1, maxLength: 8 }),
        (text, claimSpecs, edits) => {
          const claims = claimSpecs
            .map(([at, length], index) => {
              const start = at % Math.max(1, text.length - 1);
              const end = Math.min(text.length, start + length);
              return end > start ? { id: String(index), ...describeRange(text, start, end) } : null;
            })
            .filter((claim) => claim !== null);
          let chars: Char[] = [...text].map((ch, i) => ({ ch, origin: i }));
          for (const edit of edits) chars = applyEdit(chars, edit);
          const newText = chars.map((c) => c.ch).join("");

          for (const result of reanchorClaims(text, newText, claims)) {
            if (result.outcome === "orphaned") continue;
            const claim = claims.find((c) => c.id === result.id)!;
            const { start, end } = result.selector;
            expect(newText.slice(start, end)).toBe(result.selector.exact);
            const isOwn = (c: Char) => c.origin >= claim.start && c.origin < claim.end;
            const covered = chars.slice(start, end);
            const own = covered.filter(isOwn).length;
            const foreign = covered.filter((c) => c.origin >= 0 && !isOwn(c)).length;
            const surviving = chars.filter(isOwn).length;
            const label = `claim "${claim.exact}" -> "${result.selector.exact}"`;
            // Never on other text that was already there: at most a quarter of it may be the claim's old surroundings.
            expect(foreign, label).toBeLessThanOrEqual(0.25 * (end - start));
            // A claim that mostly survived stays on its own surviving text, not on new words resembling it.
            if (surviving >= 0.5 * claim.exact.length) expect(own, label).toBeGreaterThanOrEqual(0.5 * surviving);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED, examples: EXAMPLES },
    );
  });
});
