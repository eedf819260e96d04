/**
 * App instances of this checkout's production build for a test or a benchmark: each runs
 * `npm start`'s script on its own free port, in its own process group (stopping it stops all it
 * started). Imports nothing of lib/, so Playwright specs can use it too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { createInterface } from "node:readline";

export type AppServer = {
  baseUrl: string;
  /** Whether its process is still there (it did not crash). */
  isRunning: () => boolean;
  /** What it wrote to stderr so far (also passed on to this process's stderr). */
  errorOutput: () => string;
  /** Sends SIGTERM and waits for the exit. */
  stop: () => Promise<void>;
  /** The process's exit code, once it has exited. */
  exitCode: () => number | null;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().unref().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url: string, options: { timeoutMs?: number; hasExited?: () => boolean } = {}): Promise<void> {
  const { timeoutMs = 90_000, hasExited = () => false } = options;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`The server for ${url} exited while starting (its error is above).`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server at ${url} did not start.`);
}

/**
 * Stops the child's whole process group with SIGTERM; with `gracefully`, by closing its stdin first
 * (and signalling only if it is still there after `graceMs`). A signalled tsx gives its script 30 ms
 * to acknowledge the signal before it kills it, which a busy machine can miss, half-way through
 * removing a folder; an ended stdin involves no signal.
 */
function stopperOf(child: ChildProcess, { gracefully = false, graceMs = 15_000 } = {}): () => Promise<void> {
  const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
  return async () => {
    if (gracefully && child.exitCode === null) {
      child.stdin?.end();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]).finally(() => clearTimeout(timer));
    }
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    await exited;
  };
}

/** Runs `tsx scripts/serve.ts start` with `env` on a free port: the embedded database unless env has DATABASE_URL. */
export async function startAppServer(env: Record<string, string>): Promise<AppServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: baseUrl, ...env, PORT: String(port) };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  // Node itself with tsx's loader (no npx or tsx process between): the exit code is the server's own.
  const server = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/serve.ts", "start"], { detached: true, stdio: ["ignore", "ignore", "pipe"], env: childEnv });
  let errorOutput = "";
  server.stderr!.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    errorOutput += chunk.toString();
  });
  let hasExited = false;
  server.once("exit", () => (hasExited = true));
  await waitForHealth(baseUrl, { hasExited: () => hasExited });
  return { baseUrl, isRunning: () => !hasExited, errorOutput: () => errorOutput, stop: stopperOf(server), exitCode: () => server.exitCode };
}

export type ThrowawayDatabase = {
  url: string;
  /** Stops the server, its data kept (an outage); resolves with the time it was down (Date.now()). */
  halt: () => Promise<number>;
  /** Starts it again on the same port; resolves with the time it accepted connections again. */
  resume: () => Promise<number>;
  stop: () => Promise<void>;
};

/** A throwaway PostgreSQL server (test/load/throwaway-database.ts), how to reach it, and an outage on demand. */
export async function startThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "test/load/throwaway-database.ts"], { detached: true, stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: Array<{ resolve: (line: string) => void; reject: (error: Error) => void }> = [];
  lines.on("line", (line) => waiting.shift()?.resolve(line));
  child.once("exit", (code) => waiting.splice(0).forEach(({ reject }) => reject(new Error(`The throwaway database exited (${code}).`))));
  const nextLine = () => new Promise<string>((resolve, reject) => waiting.push({ resolve, reject }));
  const started = await nextLine();
  const send = async (command: "stop" | "start"): Promise<number> => {
    const answered = nextLine();
    child.stdin!.write(`${command}\n`);
    const answer = JSON.parse(await answered) as { done?: string; at?: number; error?: string };
    if (answer.error || answer.done !== command || typeof answer.at !== "number") throw new Error(`The throwaway database could not ${command}: ${answer.error ?? JSON.stringify(answer)}`);
    return answer.at;
  };
  return { url: (JSON.parse(started) as { url: string }).url, halt: () => send("stop"), resume: () => send("start"), stop: stopperOf(child, { gracefully: true }) };
}
