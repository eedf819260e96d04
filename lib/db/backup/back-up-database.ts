/**
 * A backup of one database to one file: with pg_dump (custom format) when one of the server's
 * major version is installed, else Claimdesk's logical format. Either way it reads one consistent
 * snapshot while the app keeps running, and the file appears only once it is complete.
 */
import "server-only";
import { chmod, open, rename, rm, stat } from "node:fs/promises";
import pg from "pg";
import { COPY_SETTINGS_SQL, LOGICAL_FORMAT_NAME, LOGICAL_FORMAT_VERSION } from "./logical-backup-format";
import type { BackupFormat } from "./detect-backup-format";
import { describeServer, toLibpqConnection } from "./libpq-connection";
import { findPgTool, runPgTool, type PgTool } from "./pg-tools";
import { countRowsPerTable, listTablesInLoadOrder, readAppliedMigrations, readServerMajor } from "./schema-catalog";
import { BACKUP_FILE_MODE, writeLogicalBackup } from "./write-logical-backup";

export type RequestedFormat = BackupFormat | "auto";

export type BackupReport = {
  format: BackupFormat;
  /** Why this format: the pg_dump found, or why none could be used. */
  reason: string;
  bytes: number;
  durationMs: number;
  postgresMajor: number;
  migrations: string[];
  tables: { name: string; rows: number }[];
};

type Choice = { format: BackupFormat; reason: string; tool?: PgTool };

export async function chooseBackupFormat(requested: RequestedFormat, major: number, find = findPgTool): Promise<Choice> {
  if (requested === "logical") return { format: "logical", reason: "asked for (--format logical)" };
  const search = await find("pg_dump", major);
  if (search.tool) return { format: "pg_dump", reason: search.reason, tool: search.tool };
  if (requested === "pg_dump") throw new Error(`Cannot back up with pg_dump: ${search.reason}. Install it (Debian: apt-get install postgresql-client-${major}), or leave out --format.`);
  return { format: "logical", reason: search.reason };
}

export async function backUpDatabase(options: { url: string; file: string; format?: RequestedFormat }): Promise<BackupReport> {
  const started = performance.now();
  const { url, file } = options;
  const partial = `${file}.${process.pid}.partial`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One snapshot for everything read here, and for pg_dump too (it imports it).
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(COPY_SETTINGS_SQL);
    const postgresMajor = await readServerMajor(client);
    const migrations = await readAppliedMigrations(client);
    if (migrations.length === 0) {
      throw new Error(`The database at ${describeServer(url)} has no Claimdesk migrations applied (no _prisma_migrations rows): it is not a Claimdesk database, or an empty one. Nothing to back up.`);
    }
    const choice = await chooseBackupFormat(options.format ?? "auto", postgresMajor);
    const tables = await listTablesInLoadOrder(client);
    let rows: Record<string, number>;
    if (choice.format === "logical") {
      const header = { format: LOGICAL_FORMAT_NAME, version: LOGICAL_FORMAT_VERSION, createdAt: new Date().toISOString(), postgresMajor, migrations } as const;
      rows = await writeLogicalBackup({ client, file: partial, header, tables });
    } else {
      const { rows: exported } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
      const connection = toLibpqConnection(url);
      await runPgTool(choice.tool!, ["--format=custom", "--no-password", `--snapshot=${exported[0]!.snapshot}`, `--file=${partial}`, `--dbname=${connection.url}`], connection.env);
      await chmod(partial, BACKUP_FILE_MODE);
      rows = Object.fromEntries((await countRowsPerTable(client, tables.map((table) => table.name))).map((table) => [table.name, table.rows]));
    }
    await client.query("COMMIT");
    await syncFile(partial);
    await rename(partial, file);
    const { size } = await stat(file);
    return {
      format: choice.format,
      reason: choice.reason,
      bytes: size,
      durationMs: performance.now() - started,
      postgresMajor,
      migrations,
      tables: tables.map((table) => ({ name: table.name, rows: rows[table.name] ?? 0 })),
    };
  } finally {
    await rm(partial, { force: true });
    await client.end();
  }
}

/** On disk before it takes the backup's name, so a crash never leaves a half file under it. */
async function syncFile(file: string): Promise<void> {
  const handle = await open(file, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
