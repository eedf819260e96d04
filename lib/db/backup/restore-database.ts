/**
 * Restores a backup file (either format, told apart by its first bytes) into an empty database,
 * all or nothing: a damaged file, a failed load or a refused target leaves the database as it was.
 */
import "server-only";
import pg from "pg";
import { listMigrationNames, migrateDatabase } from "../migrate";
import { detectBackupFormat, type BackupFormat } from "./detect-backup-format";
import { describeServer, toLibpqConnection } from "./libpq-connection";
import { BackupFileError, COPY_SETTINGS_SQL } from "./logical-backup-format";
import { loadLogicalBackup } from "./load-logical-backup";
import { findPgTool, runPgTool } from "./pg-tools";
import { verifyLogicalBackup } from "./read-logical-backup";
import { countRowsPerTable, listTablesInLoadOrder, readAppliedMigrations, readServerMajor } from "./schema-catalog";
import { assertEmptyDatabase, dropSchemaObjects } from "./schema-objects";

export type RestoreReport = {
  format: BackupFormat;
  durationMs: number;
  tables: { name: string; rows: number }[];
  /** The backup's migration state, now the database's. */
  migrations: string[];
  /** Committed migrations newer than the backup: the next start (or `npm run db:migrate`) applies them. */
  pendingMigrations: string[];
};

/** description names the database in messages ("the embedded database in .data"); by default its host and name. */
export async function restoreDatabase({ url, file, description }: { url: string; file: string; description?: string }): Promise<RestoreReport> {
  const started = performance.now();
  const format = await detectBackupFormat(file);
  const named = description ?? `the database at ${describeServer(url)}`;
  const where = named.charAt(0).toUpperCase() + named.slice(1);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const migrations = format === "pg_dump" ? await restoreWithPgRestore(client, { url, file, where }) : await restoreLogical(client, { url, file, where });
    const tables = await listTablesInLoadOrder(client);
    const known = listMigrationNames();
    return {
      format,
      durationMs: performance.now() - started,
      tables: await countRowsPerTable(client, tables.map((table) => table.name)),
      migrations,
      pendingMigrations: known.filter((name) => !migrations.includes(name)),
    };
  } finally {
    await client.end();
  }
}

async function restoreLogical(client: pg.Client, { url, file, where }: { url: string; file: string; where: string }): Promise<string[]> {
  // The whole file is read and checked first, so a damaged one is refused before anything is written.
  const { header } = await verifyLogicalBackup(file);
  const unknown = header.migrations.filter((name) => !listMigrationNames().includes(name));
  if (unknown.length > 0) {
    throw new BackupFileError(`This backup was made by a newer Claimdesk: its database had migrations this one does not have (${unknown.join(", ")}). Update Claimdesk, then restore.`);
  }
  await assertEmptyDatabase(client, where);
  // The schema as it was when the backup was made; newer migrations run at the next start, over the restored rows.
  await migrateDatabase(url, { only: header.migrations });
  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL statement_timeout = 0; ${COPY_SETTINGS_SQL}`);
    await loadLogicalBackup(client, file);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    // The database was empty before the migrations above; leave it so, ready for another try.
    await dropSchemaObjects(client);
    throw error;
  }
  return header.migrations;
}

async function restoreWithPgRestore(client: pg.Client, { url, file, where }: { url: string; file: string; where: string }): Promise<string[]> {
  const major = await readServerMajor(client);
  const search = await findPgTool("pg_restore", major);
  if (!search.tool) {
    throw new Error(
      `This backup was made with pg_dump (custom format), and restoring it needs pg_restore: ${search.reason}. ` +
        `Install it (Debian: apt-get install postgresql-client-${major}), or restore where it is installed.`,
    );
  }
  await assertEmptyDatabase(client, where);
  const connection = toLibpqConnection(url);
  // One transaction: on any error pg_restore stops and nothing of the restore remains.
  await runPgTool(search.tool, ["--single-transaction", "--exit-on-error", "--no-owner", "--no-acl", "--no-password", `--dbname=${connection.url}`, file], connection.env);
  return readAppliedMigrations(client);
}
