/**
 * App instances of this checkout's production build for a test or a benchmark: each runs
 * `npm start`'s script on its own free port, in its own process group (stopping it stops all it
 * started). Imports nothing of lib/, so Playwright specs can use it too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { createInterface } from "node:readline";

/** `stop` sends SIGTERM and waits for the exit; `exitCode` is the process's, once it has exited. */
export type AppServer = { baseUrl: string; stop: () => Promise<void>; exitCode: () => number | null };

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

function stopperOf(child: ChildProcess): () => Promise<void> {
  const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
  return async () => {
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
  const server = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/serve.ts", "start"], { detached: true, stdio: ["ignore", "ignore", "inherit"], env: childEnv });
  let hasExited = false;
  server.once("exit", () => (hasExited = true));
  await waitForHealth(baseUrl, { hasExited: () => hasExited });
  return { baseUrl, stop: stopperOf(server), exitCode: () => server.exitCode };
}

/** A throwaway PostgreSQL server (test/load/throwaway-database.ts), and how to reach it. */
export async function startThrowawayDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "test/load/throwaway-database.ts"], { detached: true, stdio: ["pipe", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`The throwaway database exited (${code}) before it started.`)));
  });
  return { url: (JSON.parse(line) as { url: string }).url, stop: stopperOf(child) };
}
