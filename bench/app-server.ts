/** A production server of this checkout (`npm start`'s script), started for a benchmark and stopped after it. */
import { spawnSync } from "node:child_process";

export type { AppServer } from "@/test/load/app-instances";

/** `next build`, unless BENCH_SKIP_BUILD=1 (reuse the current .next build while iterating). */
export function buildOnce(): void {
  if (process.env.BENCH_SKIP_BUILD === "1") return;
  const build = spawnSync("npx", ["next", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("next build failed");
}

export { startAppServer, waitForHealth } from "@/test/load/app-instances";
