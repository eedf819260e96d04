/**
 * A fresh, migrated database for one test file: a copy of the run's template (test/global-setup.ts)
 * on the run's server, created for the file and dropped after it.
 */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { adminQuery } from "@/lib/db/admin-query";

export type TestDatabase = { url: string; drop: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const { adminUrl, template } = inject("testDatabaseServer");
  const name = `claimdesk_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
