/**
 * `npm run dev` / `npm start`: prepares the database, then runs `next dev` or `next start`.
 * Without DATABASE_URL it starts the embedded PostgreSQL server in CLAIMDESK_DATA_DIR (default
 * .data/) and seeds the demo data; with DATABASE_URL it uses that server (demo data only with SEED_DEMO=1).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { seedDemo } from "../lib/data/demo/seed-demo";
import { disconnectDb } from "../lib/db/disconnect";
import { readOrCreateSecret, resolveDataDir } from "../lib/db/data-dir";
import { openEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded-database";
import { migrateDatabase } from "../lib/db/migrate";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: tsx scripts/serve.ts dev|start");
  process.exit(2);
}
if (mode === "start" && !existsSync(path.join(".next", "BUILD_ID"))) {
  console.error("No production build found. Run `npm run build` first, then `npm start`.");
  process.exit(1);
}

/** How long the server may take to finish in-flight requests after a signal (scripts/next-server.mjs), and a margin past it. */
const SHUTDOWN_GRACE_MS = Number(process.env.CLAIMDESK_SHUTDOWN_GRACE_MS ?? 10_000);
const SHUTDOWN_KILL_MS = SHUTDOWN_GRACE_MS + 2_000;
const port = process.env.PORT ?? "3000";
const env: NodeJS.ProcessEnv = { ...process.env };
let embedded: EmbeddedDatabase | undefined;
let shouldSeed = env.SEED_DEMO === "1";
if (shouldSeed) env.CLAIMDESK_DEMO = "1";

function fail(message: string): never {
  console.error(`\nclaimdesk: ${message}\n`);
  process.exit(1);
}

if (!env.DATABASE_URL) {
  const dataDir = resolveDataDir(env);
  try {
    embedded = await openEmbeddedDatabase(dataDir);
  } catch (error) {
    fail((error as Error).message);
  }
  for (const notice of embedded.notices) console.log(`claimdesk: ${notice}`);
  env.DATABASE_URL = embedded.url;
  env.NEXTAUTH_SECRET ??= readOrCreateSecret(dataDir);
  shouldSeed = true;
  env.CLAIMDESK_DEMO = "1";
} else if (!env.NEXTAUTH_SECRET) {
  if (mode === "start") fail("NEXTAUTH_SECRET must be set when running against DATABASE_URL in production (for example: openssl rand -base64 32).");
  env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
  console.warn("claimdesk: NEXTAUTH_SECRET is not set; using a temporary one (sessions end when the server stops).");
}
env.NEXTAUTH_URL ??= `http://localhost:${port}`;
env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.DATABASE_URL = env.DATABASE_URL;

try {
  const applied = await migrateDatabase(env.DATABASE_URL!);
  console.log(applied.length ? `claimdesk: applied migrations ${applied.join(", ")}` : "claimdesk: database schema is up to date");
  if (shouldSeed) {
    const { createdArticle } = await seedDemo();
    console.log(createdArticle ? "claimdesk: seeded the demo accounts and article" : "claimdesk: demo accounts ready");
  }
  await disconnectDb();
} catch (error) {
  await embedded?.stop();
  console.error(error);
  fail("could not prepare the database (see the error above).");
}

// Production runs Next in scripts/next-server.mjs, which tells the app each request's client address
// (sign-in limits per address); development keeps `next dev` and its hot reload, without that address.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const nextArgs = mode === "start" ? [path.join("scripts", "next-server.mjs")] : [nextBin, mode, "--port", port];
const next = spawn(process.execPath, nextArgs, { stdio: "inherit", env: { ...env, PORT: port } });

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    next.kill(signal);
    // The server finishes what it is serving and exits by itself; should it hang past its grace, it is killed.
    setTimeout(() => next.kill("SIGKILL"), SHUTDOWN_KILL_MS).unref();
  });
}

next.on("exit", (code, signal) => {
  void (async () => {
    await embedded?.stop().catch((error: unknown) => console.error("claimdesk: stopping the embedded database failed", error));
    process.exit(code ?? (signal ? 0 : 1));
  })();
});
