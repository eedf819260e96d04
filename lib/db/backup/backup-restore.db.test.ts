import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { digestRows } from "@/lib/data/row-counts-for-tests";
import { adminQuery } from "@/lib/db/admin-query";
import { fillEveryTable } from "@/test/fill-every-table";
import { readDatabaseContents, type DatabaseContents } from "@/test/read-database-contents";
import { backUpDatabase, type BackupReport } from "./back-up-database";
import { BackupFileError } from "./logical-backup-format";
import { findPgTool } from "./pg-tools";
import { restoreDatabase } from "./restore-database";
import { readServerMajor } from "./schema-catalog";
import { listSchemaObjects, TargetNotEmptyError } from "./schema-objects";

const { adminUrl } = inject("testDatabaseServer");
const sourceUrl = process.env.DATABASE_URL!;
const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-backup-test-"));
const created: string[] = [];

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new database with nothing in it (template0: not even what template1 may have gained). */
async function createEmptyDatabase(): Promise<string> {
  const name = `claimdesk_restore_${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  created.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const schemaObjectsOf = (url: string) => withClient(url, listSchemaObjects);

const major = await withClient(adminUrl, readServerMajor);
const [pgDump, pgRestore] = await Promise.all([findPgTool("pg_dump", major), findPgTool("pg_restore", major)]);
const pgToolsMissing = !pgDump.tool || !pgRestore.tool ? ` (skipped: ${[pgDump, pgRestore].filter((search) => !search.tool).map((search) => search.reason).join("; ")})` : "";

let source: DatabaseContents;
const backups: Partial<Record<"logical" | "pg_dump", { file: string; report: BackupReport }>> = {};

beforeAll(async () => {
  await fillEveryTable();
  source = await readDatabaseContents(sourceUrl);
  const formats: ("logical" | "pg_dump")[] = pgToolsMissing ? ["logical"] : ["logical", "pg_dump"];
  for (const format of formats) {
    const file = path.join(folder, `claimdesk.${format}`);
    backups[format] = { file, report: await backUpDatabase({ url: sourceUrl, file, format }) };
  }
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  for (const name of created) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe.each([
  { format: "logical" as const, skip: "" },
  { format: "pg_dump" as const, skip: pgToolsMissing },
])("a $format backup", ({ format, skip }) => {
  it.skipIf(Boolean(skip))(`restores into a fresh database with every table equal, row for row${skip}`, async () => {
    const { file, report } = backups[format]!;
    expect(report.format).toBe(format);
    // Every table must hold rows, or comparing it proves nothing: a new table needs rows in test/fill-every-table.ts.
    const empty = Object.entries(source.rows).filter(([, rows]) => rows.length === 0).map(([name]) => name);
    expect(empty, "tables the source left empty").toEqual([]);
    expect(report.tables.map((table) => table.name).sort()).toEqual(Object.keys(source.rows));
    expect(Object.fromEntries(report.tables.map((table) => [table.name, table.rows]))).toEqual(Object.fromEntries(Object.entries(source.rows).map(([name, rows]) => [name, rows.length])));

    const target = await createEmptyDatabase();
    const restored = await restoreDatabase({ url: target, file });
    expect(restored.format).toBe(format);
    expect(restored.pendingMigrations).toEqual([]);
    const contents = await readDatabaseContents(target);
    for (const table of Object.keys(source.rows)) expect(contents.rows[table], `table ${table}`).toEqual(source.rows[table]);
    expect(contents).toEqual(source);

    await withClient(target, async (client) => {
      // The sequences go on from where the backup left them, not from 1.
      const { rows: events } = await client.query<{ id: string; max: string }>(
        `WITH max AS (SELECT max(id) AS max FROM "Event") INSERT INTO "Event" (type, payload) VALUES ('test.after-restore', '{}') RETURNING id, (SELECT max FROM max)`,
      );
      expect(BigInt(events[0]!.id)).toBeGreaterThan(BigInt(events[0]!.max));
      const { rows: audit } = await client.query<{ id: string; max: string }>(
        `WITH max AS (SELECT max(id) AS max FROM "AuditEntry") INSERT INTO "AuditEntry" (action) VALUES ('sign_out') RETURNING id, (SELECT max FROM max)`,
      );
      expect(BigInt(audit[0]!.id)).toBeGreaterThan(BigInt(audit[0]!.max));
      // The audit log is still append-only.
      await expect(client.query(`UPDATE "AuditEntry" SET email = 'changed'`)).rejects.toThrow(/append-only: UPDATE is not allowed/);
      await expect(client.query(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only: DELETE is not allowed/);
    });
  });

  it.skipIf(Boolean(skip))(`refuses a database that is not empty, changing nothing${skip}`, async () => {
    const before = await digestRows();
    await expect(restoreDatabase({ url: sourceUrl, file: backups[format]!.file })).rejects.toThrow(TargetNotEmptyError);
    await expect(restoreDatabase({ url: sourceUrl, file: backups[format]!.file })).rejects.toThrow(/is not empty .* never overwrites data/);
    expect(await digestRows()).toEqual(before);
  });

  it.skipIf(Boolean(skip))(`refuses a file cut short, leaving the database empty${skip}`, async () => {
    const bytes = readFileSync(backups[format]!.file);
    const cut = path.join(folder, `cut.${format}`);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    const target = await createEmptyDatabase();
    await expect(restoreDatabase({ url: target, file: cut })).rejects.toThrow(format === "logical" ? /cut short/ : /pg_restore failed/);
    expect(await schemaObjectsOf(target)).toEqual([]);
  });
});

describe("a damaged logical backup", () => {
  const damaged = (name: string, bytes: Buffer) => {
    const file = path.join(folder, name);
    writeFileSync(file, bytes);
    return file;
  };
  const text = () => gunzipSync(readFileSync(backups.logical!.file)).toString("utf8");

  it("is refused before anything is written when its compressed data is corrupt", async () => {
    const bytes = Buffer.from(readFileSync(backups.logical!.file));
    for (let at = 200; at < 240; at += 1) bytes[at] = bytes[at]! ^ 0xff;
    const target = await createEmptyDatabase();
    const error = await restoreDatabase({ url: target, file: damaged("corrupt.logical", bytes) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupFileError);
    expect((error as Error).message).toMatch(/damaged|cut short/);
    expect(await schemaObjectsOf(target)).toEqual([]);
  });

  it("is rolled back whole, schema included, when a row fails to load", async () => {
    // A claim on an article that does not exist: the file reads well, the load fails on its foreign key.
    const lines = text().split("\n");
    const claimRow = lines.findIndex((line) => line.startsWith('{"kind":"table","name":"Claim"')) + 1;
    const fields = lines[claimRow]!.split("\t");
    fields[1] = "00000000-0000-7000-8000-000000000000";
    lines[claimRow] = fields.join("\t");
    const target = await createEmptyDatabase();
    await expect(restoreDatabase({ url: target, file: damaged("orphan-claim.logical", gzipSync(lines.join("\n"))) })).rejects.toThrow(/violates foreign key constraint/);
    expect(await schemaObjectsOf(target)).toEqual([]);
  });

  it("is refused when it comes from a newer Claimdesk (a migration this one lacks)", async () => {
    const [header, ...rest] = text().split("\n");
    const newer = JSON.parse(header!) as { migrations: string[] };
    newer.migrations.push("29991231000000_from_the_future");
    const target = await createEmptyDatabase();
    const file = damaged("newer.logical", gzipSync([JSON.stringify(newer), ...rest].join("\n")));
    await expect(restoreDatabase({ url: target, file })).rejects.toThrow(/newer Claimdesk: .*29991231000000_from_the_future/);
    expect(await schemaObjectsOf(target)).toEqual([]);
  });
});

describe("backUpDatabase", () => {
  it("refuses a database Claimdesk never migrated, writing no file", async () => {
    const file = path.join(folder, "nothing.backup");
    await expect(backUpDatabase({ url: await createEmptyDatabase(), file })).rejects.toThrow(/no Claimdesk migrations applied/);
    expect(() => readFileSync(file)).toThrow(/ENOENT/);
  });
});
