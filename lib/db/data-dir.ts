/** The embedded database's folder: one process at a time, and a session secret that survives restarts. */
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, closeSync } from "node:fs";
import path from "node:path";
import { isProcessAlive } from "./postmaster-pid";

export function resolveDataDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.CLAIMDESK_DATA_DIR ?? ".data");
}

export class DataDirInUseError extends Error {}

/** Claims the folder for this process; throws when another live process holds it. Returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "claimdesk.pid");
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      // "wx": create or fail, so two instances starting at once cannot both win.
      const fd = openSync(lockPath, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        if (readLockPid(lockPath) === process.pid) rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLockPid(lockPath);
    if (holder && holder !== process.pid && isProcessAlive(holder)) {
      throw new DataDirInUseError(
        `The embedded database in ${dataDir} is in use by process ${holder}. Stop it, or give this instance its own ` +
          "folder with CLAIMDESK_DATA_DIR=... (and PORT=...). If no Claimdesk runs as that process, delete " +
          `${lockPath}.`,
      );
    }
    rmSync(lockPath, { force: true }); // left by a process that is gone
  }
  throw new DataDirInUseError(`Could not lock ${dataDir}: another process keeps taking ${lockPath}.`);
}

function readLockPid(lockPath: string): number | undefined {
  try {
    return Number(readFileSync(lockPath, "utf8").trim()) || undefined;
  } catch {
    return undefined;
  }
}

/** A random NEXTAUTH_SECRET kept beside the embedded database (never in the repository). */
export function readOrCreateSecret(dataDir: string): string {
  const secretPath = path.join(dataDir, "nextauth-secret");
  if (existsSync(secretPath)) return readFileSync(secretPath, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(secretPath, secret, { mode: 0o600 });
  return secret;
}

/**
 * Earlier versions kept an embedded PGlite database in `<dataDir>/pglite` (demo data only). It is
 * moved aside once, to `<dataDir>/pglite-old`, and the caller starts fresh. Returns where it went.
 */
export function movePgliteFolderAside(dataDir: string): string | undefined {
  const pglite = path.join(dataDir, "pglite");
  if (!existsSync(pglite)) return undefined;
  let target = path.join(dataDir, "pglite-old");
  if (existsSync(target)) target = `${target}-${Date.now()}`;
  renameSync(pglite, target);
  return target;
}
