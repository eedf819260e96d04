/**
 * PostgreSQL's pg_dump and pg_restore, when installed: a backup uses them only in the server's own
 * major version (an older pg_dump refuses a newer server, and a newer one may write what an older
 * server's pg_restore cannot read). The embedded server ships neither.
 */
import "server-only";
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

export type PgToolName = "pg_dump" | "pg_restore";
export type PgTool = { path: string; version: string; major: number };
export type PgToolSearch = { tool?: PgTool; reason: string };

const run = promisify(execFile);
const TIMEOUT_MS = 10_000;
const MAX_ERROR_OUTPUT = 20_000;

/** Where to look, best first: Debian's and Homebrew's per-major folders, then the PATH. */
function candidates(name: PgToolName, major: number): string[] {
  const exe = process.platform === "win32" ? `${name}.exe` : name;
  const folders = [`/usr/lib/postgresql/${major}/bin`, `/opt/homebrew/opt/postgresql@${major}/bin`, `/usr/local/opt/postgresql@${major}/bin`];
  return [...folders.map((folder) => path.join(folder, exe)).filter((file) => existsSync(file)), exe];
}

export function parseToolVersion(output: string): { version: string; major: number } | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(output);
  return match ? { version: match[2] ? `${match[1]}.${match[2]}` : match[1]!, major: Number(match[1]) } : undefined;
}

/** The first `name` of PostgreSQL `major` found, or why there is none (for the user: which version was found instead). */
export async function findPgTool(name: PgToolName, major: number, env: NodeJS.ProcessEnv = process.env): Promise<PgToolSearch> {
  const seen: string[] = [];
  for (const candidate of candidates(name, major)) {
    try {
      const { stdout } = await run(candidate, ["--version"], { env, timeout: TIMEOUT_MS });
      const version = parseToolVersion(stdout);
      if (!version) continue;
      if (version.major === major) return { tool: { path: candidate, ...version }, reason: `${name} ${version.version} matches the server (PostgreSQL ${major})` };
      seen.push(`${candidate} is PostgreSQL ${version.version}`);
    } catch {
      // not installed there
    }
  }
  const found = seen.length ? ` (${seen.join("; ")})` : "";
  return { reason: `no ${name} of PostgreSQL ${major} is installed${found}` };
}

/** Runs a PostgreSQL tool to completion; a non-zero exit is an error carrying what it printed. */
export function runPgTool(tool: PgTool, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env, LC_MESSAGES: "C" } });
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => {
      if (output.length < MAX_ERROR_OUTPUT) output += chunk.toString();
    });
    child.once("error", reject);
    child.once("close", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(tool.path)} failed (${signal ?? `exit ${code}`}):\n${output.trim()}`));
    });
  });
}
