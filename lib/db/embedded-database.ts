/**
 * The app's embedded database in CLAIMDESK_DATA_DIR: the folder locked for this process, a PGlite
 * folder of an earlier version moved aside, and the PostgreSQL server started on `<dataDir>/postgres`.
 */
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { lockDataDir, movePgliteFolderAside } from "./data-dir";
import { embeddedServerUrl, startEmbeddedPostgres } from "./embedded-postgres";
import { isProcessAlive, readPostmasterPid } from "./postmaster-pid";

/** The app's database on the embedded server. */
const DATABASE = "claimdesk";

export type EmbeddedDatabase = {
  url: string;
  /** Lines worth telling the person who started the app (what was found and done). */
  notices: string[];
  stop: () => Promise<void>;
};

export async function openEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const release = lockDataDir(dataDir);
  const shown = (file: string) => path.relative(process.cwd(), file) || ".";
  try {
    const notices: string[] = [];
    const movedTo = movePgliteFolderAside(dataDir);
    if (movedTo) {
      notices.push(
        `found the PGlite database of an earlier Claimdesk in ${shown(path.join(dataDir, "pglite"))}; it held only demo data, ` +
          `so it was moved to ${shown(movedTo)} (delete it when you like) and a fresh PostgreSQL database is made.`,
      );
    }
    const server = await startEmbeddedPostgres({ dir: path.join(dataDir, "postgres"), database: DATABASE });
    if (server.startup.leftover === "stopped") notices.push("stopped a PostgreSQL server that an earlier, killed Claimdesk left running on this folder.");
    if (server.startup.initialised) notices.push(`made a new PostgreSQL 15 database in ${shown(path.join(dataDir, "postgres"))}.`);
    notices.push(`embedded PostgreSQL in ${shown(dataDir)}, listening on 127.0.0.1:${server.port}.`);
    return {
      url: server.url,
      notices,
      stop: async () => {
        try {
          await server.stop();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Whether dataDir holds an embedded database at all (a cluster made by an earlier start). */
export function hasEmbeddedDatabase(dataDir: string): boolean {
  try {
    readFileSync(path.join(dataDir, "postgres", "pgdata", "PG_VERSION"));
    return true;
  } catch {
    return false;
  }
}

/**
 * The url of the embedded server that another process (a running `npm run dev`) serves from
 * dataDir, read from the server's postmaster.pid (its port) and the folder's password file;
 * undefined when no live server is found there.
 */
export function findRunningEmbeddedDatabaseUrl(dataDir: string): string | undefined {
  const dir = path.join(dataDir, "postgres");
  const pgdata = path.join(dir, "pgdata");
  const pid = readPostmasterPid(pgdata);
  if (pid === undefined || !isProcessAlive(pid)) return undefined;
  try {
    // postmaster.pid: pid, data directory, start time, port, socket directory, listen address, ...
    const port = Number(readFileSync(path.join(pgdata, "postmaster.pid"), "utf8").split("\n")[3]);
    const password = readFileSync(path.join(dir, "password"), "utf8").trim();
    return Number.isInteger(port) && port > 0 ? embeddedServerUrl({ password, port, database: DATABASE }) : undefined;
  } catch {
    return undefined;
  }
}
