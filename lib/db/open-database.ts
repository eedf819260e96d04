/**
 * For command-line scripts: the database at DATABASE_URL, or else the embedded one in
 * CLAIMDESK_DATA_DIR (locked while the script runs), migrated. Sets DATABASE_URL for lib/data.
 */
import "server-only";
import { disconnectDb } from "./client";
import { resolveDataDir } from "./data-dir";
import { openEmbeddedDatabase } from "./embedded-database";
import { migrateDatabase } from "./migrate";

export type ScriptDatabase = { close: () => Promise<void>; isEmbedded: boolean; appliedMigrations: string[] };

export async function openDatabaseForScript(): Promise<ScriptDatabase> {
  if (process.env.DATABASE_URL) {
    const appliedMigrations = await migrateDatabase(process.env.DATABASE_URL);
    return { close: disconnectDb, isEmbedded: false, appliedMigrations };
  }
  const embedded = await openEmbeddedDatabase(resolveDataDir());
  process.env.DATABASE_URL = embedded.url;
  let appliedMigrations: string[];
  try {
    appliedMigrations = await migrateDatabase(embedded.url);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    isEmbedded: true,
    appliedMigrations,
    close: async () => {
      await disconnectDb();
      await embedded.stop();
    },
  };
}
