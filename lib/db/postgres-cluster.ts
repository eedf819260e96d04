/** Making a new cluster (initdb) and reading which major version made an existing one. */
import "server-only";
import { execFileSync, spawn } from "node:child_process";
import { chownSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PostgresBinaries } from "./postgres-binaries";
import type { OsUser } from "./postgres-os-user";

/**
 * A UTF-8 locale this machine has, preferring C.UTF-8 (what Debian's server uses: byte-order
 * collation, Unicode case rules). Set explicitly: with no LANG (as in CI) initdb would pick
 * SQL_ASCII, which breaks curly quotes, Arabic text and case-insensitive search.
 */
export function pickUtf8Locale(available: string[] = listLocales()): string {
  const names = new Set(available.map((name) => name.trim()));
  for (const wanted of ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]) if (names.has(wanted)) return wanted;
  // The C locale accepts any encoding: text is still stored as UTF-8, only non-ASCII case folding is lost.
  return "C";
}

function listLocales(): string[] {
  try {
    return execFileSync("locale", ["-a"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split("\n");
  } catch {
    return [];
  }
}

export function readClusterMajor(pgdata: string): number {
  return Number.parseInt(readFileSync(path.join(pgdata, "PG_VERSION"), "utf8").trim(), 10);
}

export async function initialiseCluster(options: {
  binaries: PostgresBinaries;
  pgdata: string;
  password: string;
  osUser: OsUser | undefined;
  superuser: string;
}): Promise<void> {
  const { binaries, pgdata, password, osUser, superuser } = options;
  mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  // initdb reads the password from a file; it sits beside pgdata for the moment initdb runs.
  const passwordFile = path.join(path.dirname(pgdata), "initdb-password");
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (osUser) {
    chownSync(pgdata, osUser.uid, osUser.gid);
    chownSync(passwordFile, osUser.uid, osUser.gid);
  }
  const locale = pickUtf8Locale();
  const args = [
    `--pgdata=${pgdata}`,
    "--encoding=UTF8",
    `--locale=${locale}`,
    "--auth=scram-sha-256",
    `--username=${superuser}`,
    `--pwfile=${passwordFile}`,
    "--no-instructions",
  ];
  try {
    const output = await run(binaries.initdb, args, osUser, path.dirname(pgdata));
    if (output.code !== 0) throw new Error(`initdb failed (exit ${output.code}):\n${output.text.trim()}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function run(file: string, args: string[], osUser: OsUser | undefined, cwd: string): Promise<{ code: number | null; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      stdio: ["ignore", "pipe", "pipe"],
      cwd,
      ...(osUser ? { uid: osUser.uid, gid: osUser.gid } : {}),
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, text }));
  });
}
