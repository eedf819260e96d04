/**
 * Migrates one template database per test run; each test file then starts from a copy of it
 * (a PGlite snapshot, or CREATE DATABASE ... TEMPLATE on a server) instead of migrating again.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { adminQuery } from "./admin-query";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseTemplate: { kind: "snapshot"; path: string } | { kind: "server"; name: string };
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `claimdesk_template_${process.pid}_${randomBytes(3).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await migrateDatabase(url.toString());
    project.provide("testDatabaseTemplate", { kind: "server", name });
    return async () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  const embedded = await startEmbeddedPostgres();
  await migrateDatabase(embedded.url);
  const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-test-"));
  const snapshotPath = path.join(dir, "migrated.tar");
  writeFileSync(snapshotPath, Buffer.from(await (await embedded.dump()).arrayBuffer()));
  await embedded.stop();
  project.provide("testDatabaseTemplate", { kind: "snapshot", path: snapshotPath });
  return () => rmSync(dir, { recursive: true, force: true });
}
