/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new database
 * on the server at TEST_DATABASE_URL (created for the file, dropped after it). Both start as a
 * copy of the template that test/global-setup.ts migrated once for the whole run.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { adminQuery } from "./admin-query";
import { inject } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export type TestDatabase = { url: string; drop: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("testDatabaseTemplate");
  if (template.kind === "snapshot") {
    const embedded = await startEmbeddedPostgres({ snapshot: new Blob([readFileSync(template.path)]) });
    return { url: embedded.url, drop: embedded.stop };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL disappeared between global setup and the test file.");
  const name = `claimdesk_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template.name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
