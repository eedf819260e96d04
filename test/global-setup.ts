/**
 * One database server per test run: a throwaway embedded PostgreSQL by default, or the server at
 * TEST_DATABASE_URL. A template database is migrated once; each test file then starts from a copy
 * of it (CREATE DATABASE ... TEMPLATE) instead of migrating again.
 */
import { randomBytes } from "node:crypto";
import { adminQuery } from "@/lib/db/admin-query";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/db/migrate";
import { startThrowawayPostgres } from "@/lib/db/throwaway-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The server's maintenance database (for CREATE/DROP DATABASE) and the migrated template's name. */
    testDatabaseServer: { adminUrl: string; template: string };
  }
}

export default async function setup(project: TestProject) {
  const embedded = process.env.TEST_DATABASE_URL ? undefined : await startThrowawayPostgres();
  const adminUrl = process.env.TEST_DATABASE_URL ?? embedded!.adminUrl;
  const template = `claimdesk_template_${process.pid}_${randomBytes(3).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  await migrateDatabase(url.toString());
  project.provide("testDatabaseServer", { adminUrl, template });
  return async () => {
    if (embedded) return embedded.stop();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  };
}
