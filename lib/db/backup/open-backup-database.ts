/**
 * The database a backup or restore script works on, found as the app finds it: the server at
 * DATABASE_URL (or its direct url, DATABASE_DIRECT_URL, past any pooler), else the embedded
 * database in CLAIMDESK_DATA_DIR, started for the script and stopped after. A backup of the
 * embedded database while the app runs on it reads from the app's own server.
 */
import "server-only";
import path from "node:path";
import pg from "pg";
import { DataDirInUseError, resolveDataDir } from "../data-dir";
import { findRunningEmbeddedDatabaseUrl, hasEmbeddedDatabase, openEmbeddedDatabase } from "../embedded-database";
import { describeServer } from "./libpq-connection";

export type BackupDatabase = { url: string; description: string; close: () => Promise<void> };

/** DATABASE_URL, DATABASE_DIRECT_URL and CLAIMDESK_DATA_DIR are read. */
type BackupEnv = Record<string, string | undefined>;

export async function openBackupDatabase(purpose: "backup" | "restore", env: BackupEnv = process.env): Promise<BackupDatabase> {
  const serverUrl = env.DATABASE_URL ? (env.DATABASE_DIRECT_URL ?? env.DATABASE_URL) : undefined;
  if (serverUrl) return { url: serverUrl, description: `the database at ${describeServer(serverUrl)}`, close: async () => {} };

  const dataDir = resolveDataDir(env);
  const relative = path.relative(process.cwd(), dataDir);
  const shown = relative.startsWith("..") ? dataDir : relative || ".";
  if (purpose === "backup" && !hasEmbeddedDatabase(dataDir)) {
    throw new Error(`There is no embedded database in ${shown} to back up. Set CLAIMDESK_DATA_DIR to its folder, or DATABASE_URL for a PostgreSQL server.`);
  }
  try {
    const embedded = await openEmbeddedDatabase(dataDir);
    return { url: embedded.url, description: `the embedded database in ${shown}`, close: embedded.stop };
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    if (purpose === "restore") {
      throw new DataDirInUseError(`${error.message}\nA restore needs the database to itself: stop the app (Ctrl-C where npm run dev runs), then restore.`);
    }
    const url = findRunningEmbeddedDatabaseUrl(dataDir);
    if (!url || !(await isReachable(url))) {
      throw new DataDirInUseError(`${error.message}\nIts database server could not be reached for a backup: stop the app, then back up.`);
    }
    return { url, description: `the embedded database in ${shown} (served by the running app)`, close: async () => {} };
  }
}

async function isReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
