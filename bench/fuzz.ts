/**
 * `npm run bench -- fuzz`: the route fuzzer (test/fuzz/json-routes.db.test.ts) at 1,000 cases a
 * route (FUZZ_RUNS to change it). Its cases need vitest's module mocks (who is signed in), so this
 * runs vitest on that file and prints the summary the file writes: cases, statuses and time per
 * route. Goal: no 5xx, and no row changed by a refused request; a failure prints its shrunk
 * counterexample above the summary.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

type Tally = { route: string; cases: number; statuses: Record<string, number>; ms: number };

const ROOT = path.resolve(import.meta.dirname, "..");
const FUZZ_FILE = "test/fuzz/json-routes.db.test.ts";

function runVitest(env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--project", "db", FUZZ_FILE], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function readTallies(summaryPath: string): Tally[] {
  try {
    return (JSON.parse(readFileSync(summaryPath, "utf8")) as { routes: Tally[] }).routes;
  } catch {
    return []; // not written yet, or being rewritten
  }
}

const histogramOf = (statuses: Record<string, number>) => Object.entries(statuses).map(([status, count]) => `${status}x${count}`).join(" ");

/** One line per route as the test file finishes it (it rewrites the summary after each). */
function followProgress(summaryPath: string): () => void {
  let shown = 0;
  const timer = setInterval(() => {
    const tallies = readTallies(summaryPath);
    // The last route is still running until the next one starts.
    for (const { route, cases, statuses, ms } of tallies.slice(shown, -1)) console.log(`  done: ${route}: ${cases} cases in ${(ms / 1000).toFixed(1)} s; ${histogramOf(statuses)}`);
    shown = Math.max(shown, tallies.length - 1);
  }, 2_000);
  return () => clearInterval(timer);
}

function printSummary(tallies: Tally[], wallMs: number) {
  const width = Math.max(...tallies.map((tally) => tally.route.length));
  console.log(`${"route".padEnd(width)}  cases  accepted  ms/case  statuses`);
  for (const { route, cases, statuses, ms } of tallies) {
    const accepted = Object.entries(statuses).reduce((sum, [status, count]) => sum + (Number(status) < 400 ? count : 0), 0);
    const histogram = histogramOf(statuses);
    console.log(`${route.padEnd(width)}  ${String(cases).padStart(5)}  ${String(accepted).padStart(8)}  ${(ms / Math.max(1, cases)).toFixed(1).padStart(7)}  ${histogram}`);
  }
  const total = tallies.reduce((sum, tally) => sum + tally.cases, 0);
  const all: Record<string, number> = {};
  for (const tally of tallies) for (const [status, count] of Object.entries(tally.statuses)) all[status] = (all[status] ?? 0) + count;
  const serverErrors = Object.entries(all).reduce((sum, [status, count]) => sum + (Number(status) >= 500 ? count : 0), 0);
  console.log(`total: ${tallies.length} routes, ${total} cases, ${serverErrors} answered 5xx; statuses ${JSON.stringify(all)}`);
  console.log(`time: ${(wallMs / 1000).toFixed(1)} s in all (database setup included), ${(tallies.reduce((sum, tally) => sum + tally.ms, 0) / 1000).toFixed(1)} s fuzzing`);
}

export async function runFuzzBenchmark(): Promise<void> {
  const runs = Number(process.env.FUZZ_RUNS ?? 1_000);
  console.log(`\n## Fuzzing every JSON route with fast-check: ${runs} cases a route (goal: no 5xx, no row changed by a refused request)`);
  const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-fuzz-"));
  const summaryPath = path.join(dir, "summary.json");
  const started = performance.now();
  try {
    const stopFollowing = followProgress(summaryPath);
    const code = await runVitest({ FUZZ_RUNS: String(runs), FUZZ_SUMMARY: summaryPath }).finally(stopFollowing);
    const wallMs = performance.now() - started;
    if (existsSync(summaryPath)) printSummary(readTallies(summaryPath), wallMs);
    if (code !== 0) {
      console.log(`FAILED: vitest exited with ${code}; the counterexample (shrunk), its request and its seed are printed above.`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
