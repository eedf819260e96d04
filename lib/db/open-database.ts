/**
 * For command-line scripts: the database at DATABASE_URL, or else the embedded one in
 * CLAIMDESK_DATA_DIR (locked while the script runs), migrated. Sets DATABASE_URL for lib/data.
 */
import path from "node:path";
import { disconnectDb } from "./client";
import { lockDataDir, resolveDataDir } from "./data-dir";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { migrateDatabase } from "./migrate";

export async function openDatabaseForScript(): Promise<{ close: () => Promise<void>; isEmbedded: boolean }> {
  if (process.env.DATABASE_URL) {
    await migrateDatabase(process.env.DATABASE_URL);
    return { close: disconnectDb, isEmbedded: false };
  }
  const dataDir = resolveDataDir();
  const release = lockDataDir(dataDir);
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite") });
  process.env.DATABASE_URL = embedded.url;
  await migrateDatabase(embedded.url);
  return {
    isEmbedded: true,
    close: async () => {
      await disconnectDb();
      await embedded.stop();
      release();
    },
  };
}
