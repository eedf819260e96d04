/** A production server of this checkout (`npm start`'s script), started for a benchmark and stopped after it. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { findFreePort } from "@/lib/db/free-port";

export type AppServer = { baseUrl: string; stop: () => Promise<void> };

/** `next build`, unless BENCH_SKIP_BUILD=1 (reuse the current .next build while iterating). */
export function buildOnce(): void {
  if (process.env.BENCH_SKIP_BUILD === "1") return;
  const build = spawnSync("npx", ["next", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("next build failed");
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

/** Runs `tsx scripts/serve.ts start` with `env` on a free port: the embedded database unless env has DATABASE_URL. */
export async function startAppServer(env: Record<string, string>): Promise<AppServer> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: baseUrl, ...env, PORT: String(port) };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  // Its own process group, so stopping it stops the Next server and the embedded PostgreSQL too.
  const server: ChildProcess = spawn("npx", ["tsx", "--conditions=react-server", "scripts/serve.ts", "start"], { detached: true, stdio: ["ignore", "ignore", "inherit"], env: childEnv });
  let hasExited = false;
  const exited = new Promise<void>((resolve) =>
    server.once("exit", () => {
      hasExited = true;
      resolve();
    }),
  );
  await waitForHealth(baseUrl, { hasExited: () => hasExited });
  return {
    baseUrl,
    stop: async () => {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
      await exited;
    },
  };
}
