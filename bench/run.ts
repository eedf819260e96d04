/**
 * `npm run bench [-- anchoring|rendering|throughput|export|live|import|load|fuzz]`: the performance
 * benchmarks. Numbers, not pass/fail: read them against the goals printed beside them. What each
 * printed is also written to bench/results.md (bench/results-report.ts).
 */
import { capturing, writeResults } from "./results-report";

const BENCHMARKS: Record<string, () => Promise<void>> = {
  anchoring: async () => (await import("./anchoring-report")).printAnchoringBenchmark(),
  rendering: async () => (await import("./rendering")).runRenderingBenchmark(),
  throughput: async () => (await import("./claim-throughput")).runThroughputBenchmark(),
  export: async () => (await import("./export")).runExportBenchmark(),
  live: async () => (await import("./live-fanout")).runLiveBenchmark(),
  import: async () => (await import("./import-stall")).runImportStallBenchmark(),
  load: async () => (await import("./load")).runLoadBenchmark(),
  fuzz: async () => (await import("./fuzz")).runFuzzBenchmark(),
};

const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in BENCHMARKS));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(", ")}: choose from ${Object.keys(BENCHMARKS).join(", ")}.`);
  process.exit(2);
}
const chosen = only.length ? only : Object.keys(BENCHMARKS);
const ran = new Map<string, string[]>();
try {
  for (const name of chosen) ran.set(name, await capturing(BENCHMARKS[name]!));
} finally {
  if (ran.size) await writeResults(Object.keys(BENCHMARKS), ran, `npm run bench${only.length ? ` -- ${only.join(" ")}` : ""}`);
}
