import { describe, expect, it } from "vitest";
import { chooseBackupFormat } from "./back-up-database";
import type { PgToolSearch } from "./pg-tools";

describe("chooseBackupFormat", () => {
  const found: PgToolSearch = { tool: { path: "/usr/bin/pg_dump", version: "15.20", major: 15 }, reason: "pg_dump 15.20 matches the server (PostgreSQL 15)" };
  const missing: PgToolSearch = { reason: "no pg_dump of PostgreSQL 16 is installed (pg_dump is PostgreSQL 15.20)" };

  it("uses pg_dump of the server's major when there is one, else the logical format, saying why", async () => {
    expect(await chooseBackupFormat("auto", 15, async () => found)).toMatchObject({ format: "pg_dump", reason: found.reason });
    expect(await chooseBackupFormat("auto", 16, async () => missing)).toEqual({ format: "logical", reason: missing.reason });
  });

  it("obeys --format, refusing pg_dump where none matches", async () => {
    expect(await chooseBackupFormat("logical", 15, async () => found)).toMatchObject({ format: "logical" });
    await expect(chooseBackupFormat("pg_dump", 16, async () => missing)).rejects.toThrow(/postgresql-client-16/);
  });
});
