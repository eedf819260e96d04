/**
 * A data folder's `postmaster.pid` after a crash: either stale (its process is gone, or the pid now
 * belongs to something else) or held by a live server that outlived its parent (a killed
 * `npm run dev`). The caller holds the folder's Claimdesk lock, so any live server on it is an orphan.
 */
import "server-only";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export type LeftoverServer = "none" | "stale" | "stopped";

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function commandOf(pid: number): string {
  try {
    if (process.platform === "linux") return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    return execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return "";
  }
}

/** The pid a data folder's lock file names, if the file exists and is readable. */
export function readPostmasterPid(pgdata: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(pgdata, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await sleep(50);
  }
  return !isProcessAlive(pid);
}

/** Stops a server process: fast shutdown (SIGINT), then immediate (SIGQUIT), then SIGKILL. */
export async function stopPostmaster(pid: number, { graceMs = 8_000 } = {}): Promise<void> {
  for (const [signal, waitMs] of [["SIGINT", graceMs], ["SIGQUIT", 2_000], ["SIGKILL", 2_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, waitMs)) return;
  }
}

/** Clears the way for a new server on `pgdata`; says what it found. */
export async function clearLeftoverServer(pgdata: string): Promise<LeftoverServer> {
  const pid = readPostmasterPid(pgdata);
  if (pid === undefined) return "none";
  if (!isProcessAlive(pid) || !/\bpostgres\b/.test(commandOf(pid))) {
    // PostgreSQL removes a stale lock itself, except when the pid was reused by another process.
    rmSync(path.join(pgdata, "postmaster.pid"), { force: true });
    return "stale";
  }
  await stopPostmaster(pid);
  return "stopped";
}
