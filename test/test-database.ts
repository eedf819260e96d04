/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new database
 * on the server at TEST_DATABASE_URL (created for the file, dropped after it).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";

export type TestDatabase = { url: string; drop: () => Promise<void> };

async function createServerDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `claimdesk_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const database = serverUrl
    ? await createServerDatabase(serverUrl)
    : await startEmbeddedPostgres().then((embedded) => ({ url: embedded.url, drop: embedded.stop }));
  await migrateDatabase(database.url);
  return database;
}
