/**
 * `npm run db:restore -- <file>`: restores a backup of `npm run db:backup` (either format) into
 * DATABASE_URL, or into the embedded database. The database must be empty: a restore never
 * overwrites data. All or nothing: if anything fails, the database is left empty.
 */
import { parseArgs } from "node:util";
import { restoreDatabase } from "../lib/db/backup/restore-database";
import { openBackupDatabase } from "../lib/db/backup/open-backup-database";
import { describeMigrations, describeTables, formatDuration } from "../lib/db/backup/report-lines";

const USAGE = "Usage: npm run db:restore -- <file>   (into an empty database: see README, Backups and restoring)";

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

let positionals: string[] = [];
try {
  ({ positionals } = parseArgs({ allowPositionals: true, options: {} }));
} catch (error) {
  usage((error as Error).message);
}
const [file, ...extra] = positionals;
if (!file) usage("Name the backup file to restore.");
if (extra.length > 0) usage(`One file only (got also ${extra.join(" ")}).`);

let database;
try {
  database = await openBackupDatabase("restore");
} catch (error) {
  console.error(`claimdesk: ${(error as Error).message}`);
  process.exit(1);
}
try {
  console.log(`Restoring ${file} into ${database.description} ...`);
  const report = await restoreDatabase({ url: database.url, file, description: database.description });
  const how = report.format === "pg_dump" ? "pg_restore (the file is pg_dump's custom format)" : "Claimdesk's logical format";
  console.log(`Restored with ${how}, in ${formatDuration(report.durationMs)}.`);
  console.log(`  ${describeTables(report.tables)}`);
  console.log(`  ${describeMigrations(report.migrations)}`);
  if (report.pendingMigrations.length > 0) {
    console.log(`  ${report.pendingMigrations.length} newer migration(s) of this Claimdesk will be applied at the next start (or npm run db:migrate).`);
  }
} catch (error) {
  console.error(`claimdesk: the restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
// Everything is closed; Prisma's WebAssembly schema engine (migrations) leaves a 10 s timer behind.
process.exit();
