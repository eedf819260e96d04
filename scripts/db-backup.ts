/**
 * `npm run db:backup -- <file> [--format auto|pg_dump|logical]`: backs up DATABASE_URL, or the
 * embedded database (through the running app's server when it runs), to one file. With pg_dump of
 * the server's major installed it writes pg_dump's custom format, else Claimdesk's logical one.
 */
import { parseArgs } from "node:util";
import { backUpDatabase, type RequestedFormat } from "../lib/db/backup/back-up-database";
import { openBackupDatabase } from "../lib/db/backup/open-backup-database";
import { describeMigrations, describeTables, formatBytes, formatDuration } from "../lib/db/backup/report-lines";

const USAGE = "Usage: npm run db:backup -- <file> [--format auto|pg_dump|logical]";
const FORMATS: RequestedFormat[] = ["auto", "pg_dump", "logical"];

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { format: { type: "string", default: "auto" } } });
} catch (error) {
  usage((error as Error).message);
}
const [file, ...extra] = parsed.positionals;
const format = parsed.values.format as RequestedFormat;
if (!file) usage("Name the file to write the backup to.");
if (extra.length > 0) usage(`One file only (got also ${extra.join(" ")}).`);
if (!FORMATS.includes(format)) usage(`--format must be one of ${FORMATS.join(", ")}.`);

let database;
try {
  database = await openBackupDatabase("backup");
} catch (error) {
  console.error(`claimdesk: ${(error as Error).message}`);
  process.exit(1);
}
try {
  console.log(`Backing up ${database.description} to ${file} ...`);
  const report = await backUpDatabase({ url: database.url, file, format });
  const how = report.format === "pg_dump" ? "pg_dump (custom format)" : "Claimdesk's logical format (COPY of every table)";
  console.log(`Backed up with ${how}: ${report.reason}.`);
  console.log(`  ${describeTables(report.tables)}`);
  console.log(`  ${describeMigrations(report.migrations)}, PostgreSQL ${report.postgresMajor}`);
  console.log(`  ${file}: ${formatBytes(report.bytes)}, in ${formatDuration(report.durationMs)}`);
  console.log(`Restore it with: npm run db:restore -- ${file}`);
} catch (error) {
  console.error(`claimdesk: the backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
// Everything is closed; Prisma's WebAssembly schema engine (migrations) leaves a 10 s timer behind.
process.exit();
