/** The embedded database's folder: one process at a time, and a session secret that survives restarts. */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CLAIMDESK_DATA_DIR ?? ".data");
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Claims the folder for this process; throws when another live process holds it. Returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "claimdesk.pid");
  if (existsSync(lockPath)) {
    const pid = Number(readFileSync(lockPath, "utf8").trim());
    if (pid && pid !== process.pid && isRunning(pid)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${pid}. ` +
          "Stop it, or give this instance its own folder with CLAIMDESK_DATA_DIR=... (and PORT=...).",
      );
    }
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

/** A random NEXTAUTH_SECRET kept beside the embedded database (never in the repository). */
export function readOrCreateSecret(dataDir: string): string {
  const secretPath = path.join(dataDir, "nextauth-secret");
  if (existsSync(secretPath)) return readFileSync(secretPath, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(secretPath, secret, { mode: 0o600 });
  return secret;
}
