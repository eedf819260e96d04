/**
 * A throwaway embedded server in a temporary folder (test runs, schema diffs, benchmarks): not
 * durable, removed when stopped. A folder whose owning process died without stopping its server
 * (a killed test run) is swept, server and all, by the next throwaway start.
 */
import "server-only";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { clearLeftoverServer, isProcessAlive } from "./postmaster-pid";

const PREFIX = "claimdesk-pg-";

export type ThrowawayPostgres = EmbeddedPostgres & {
  /** Stops the server but keeps its folder, as an outage would (tests of one); `resume` undoes it. */
  halt: () => Promise<void>;
  /** Starts the halted server again on its folder and port, so every URL to it works again. */
  resume: () => Promise<void>;
};

export async function startThrowawayPostgres(options: { database?: string } = {}): Promise<ThrowawayPostgres> {
  await sweepAbandonedFolders();
  const dir = mkdtempSync(path.join(tmpdir(), PREFIX));
  chmodSync(dir, 0o711);
  writeFileSync(path.join(dir, "owner.pid"), String(process.pid));
  let server: EmbeddedPostgres;
  try {
    server = await startEmbeddedPostgres({ dir, durable: false, ...options });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const { port } = server;
  let isHalted = false;
  return {
    ...server,
    get pid() {
      return server.pid;
    },
    halt: async () => {
      await server.stop();
      isHalted = true;
    },
    resume: async () => {
      if (!isHalted) return;
      server = await startEmbeddedPostgres({ dir, durable: false, ...options, port });
      isHalted = false;
    },
    stop: async () => {
      await server.stop();
      // Not rmSync: a script signalled through tsx must stay free to acknowledge the signal, or
      // tsx kills it (test/load/app-instances.ts), half-way through the folder.
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function sweepAbandonedFolders(root = tmpdir()): Promise<number> {
  let swept = 0;
  for (const name of readdirSync(root)) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = path.join(root, name);
    let owner: number;
    try {
      owner = Number(readFileSync(path.join(dir, "owner.pid"), "utf8"));
    } catch {
      continue; // being made right now, or not ours
    }
    if (owner && isProcessAlive(owner)) continue;
    await clearLeftoverServer(path.join(dir, "pgdata"));
    rmSync(dir, { recursive: true, force: true });
    swept += 1;
  }
  return swept;
}
