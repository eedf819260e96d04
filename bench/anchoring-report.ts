/** The anchoring benchmark's printout (bench/anchoring.ts measures). */
import { runAnchoringBenchmark } from "./anchoring";

export function printAnchoringBenchmark(): void {
  console.log("\n## Re-anchoring: 100,000 words, 2,000 claims, 200 scattered edits");
  const result = runAnchoringBenchmark();
  console.log(`text: ${result.words} words, ${result.characters} characters; threshold ${result.threshold}`);
  console.log(`time: median ${result.medianMs.toFixed(1)} ms, worst ${result.worstMs.toFixed(1)} ms of 5 runs (goal: well under 1,000 ms)`);
  console.log(`outcomes: ${JSON.stringify(result.outcomes)}`);
  console.log(
    `judged against ground truth: correct ${result.counts.correct}, wrong ${result.counts.wrong}, ` +
      `orphaned (text gone) ${result.counts["orphaned-correctly"]}, orphaned (text survived) ${result.counts["orphaned-lost"]}`,
  );
  console.log("sweep: combined threshold, minimum quote similarity -> correct / wrong / orphaned (text gone) / orphaned (text survived)");
  for (const row of result.sweep) {
    console.log(`  ${row.threshold.toFixed(2)}, ${row.minQuote.toFixed(1)}: ${row.correct} / ${row.wrong} / ${row["orphaned-correctly"]} / ${row["orphaned-lost"]}`);
  }
}
