/**
 * Claimdesk's own backup format, for servers without a matching pg_dump: gzip over lines of JSON
 * that frame each table's `COPY ... TO STDOUT` text output.
 *
 *   {"format":"claimdesk-backup","version":1,"createdAt":...,"postgresMajor":15,"migrations":[...]}
 *   {"kind":"table","name":"User","columns":["id","email",...]}
 *   <COPY text rows, one a line>
 *   \.
 *   ... one table block per table, parents before the tables that refer to them ...
 *   {"kind":"end","rows":{"User":5,...},"sequences":[{"table":"Event","column":"id","lastValue":"41","isCalled":true}]}
 *
 * COPY's text format escapes backslashes, so no row is the line `\.`: it ends a table unambiguously.
 */
import "server-only";
import { z } from "zod";

export const LOGICAL_FORMAT_NAME = "claimdesk-backup";
export const LOGICAL_FORMAT_VERSION = 1;

/** A problem with the backup file itself (not a Claimdesk backup, damaged, cut short, from a newer Claimdesk). */
export class BackupFileError extends Error {}

export const ZBackupHeader = z.object({
  format: z.literal(LOGICAL_FORMAT_NAME),
  version: z.literal(LOGICAL_FORMAT_VERSION),
  createdAt: z.string(),
  postgresMajor: z.number().int(),
  /** The migrations applied to the backed-up database (its `_prisma_migrations`), oldest first. */
  migrations: z.array(z.string().min(1)).min(1),
});
export type BackupHeader = z.infer<typeof ZBackupHeader>;

export const ZTableLine = z.object({ kind: z.literal("table"), name: z.string().min(1), columns: z.array(z.string().min(1)).min(1) });
export type TableLine = z.infer<typeof ZTableLine>;

export const ZSequenceState = z.object({
  table: z.string().min(1),
  column: z.string().min(1),
  /** A bigint, as text. */
  lastValue: z.string().regex(/^-?\d+$/),
  isCalled: z.boolean(),
});
export type SequenceState = z.infer<typeof ZSequenceState>;

export const ZEndLine = z.object({
  kind: z.literal("end"),
  /** Rows per table, as written: a restore checks every table against them. */
  rows: z.record(z.string(), z.number().int().nonnegative()),
  sequences: z.array(ZSequenceState),
});
export type EndLine = z.infer<typeof ZEndLine>;

/**
 * COPY's text depends on these settings (dates in the DateStyle, floats to extra_float_digits);
 * both the backup and the restore set them, as pg_dump does, so a server's defaults do not matter.
 */
export const COPY_SETTINGS_SQL = "SET LOCAL DateStyle = ISO; SET LOCAL IntervalStyle = postgres; SET LOCAL extra_float_digits = 3; SET LOCAL TimeZone = 'UTC'; SET LOCAL client_encoding = 'UTF8'";

/** The line that ends a table's rows (COPY's end-of-data marker). */
export const END_OF_ROWS = "\\.\n";

export function encodeLine(value: object): string {
  return `${JSON.stringify(value)}\n`;
}

/** Parses the first line, telling a backup of a newer Claimdesk apart from a file that is no backup. */
export function parseHeader(line: string): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackupFileError("This is not a Claimdesk backup: its first line is not the backup header.");
  }
  const format = (value as { format?: unknown; version?: unknown } | null)?.format;
  const version = (value as { version?: unknown } | null)?.version;
  if (format !== LOGICAL_FORMAT_NAME) throw new BackupFileError("This is not a Claimdesk backup: its first line is not the backup header.");
  if (typeof version === "number" && version > LOGICAL_FORMAT_VERSION) {
    throw new BackupFileError(`This backup is in format version ${version}, written by a newer Claimdesk; this one reads version ${LOGICAL_FORMAT_VERSION}. Update Claimdesk to restore it.`);
  }
  const parsed = ZBackupHeader.safeParse(value);
  if (!parsed.success) throw new BackupFileError(`The backup header is malformed (${parsed.error.issues[0]?.message ?? "invalid"}).`);
  return parsed.data;
}
