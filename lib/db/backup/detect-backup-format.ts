/** Which kind of backup a file is, from its first bytes. */
import "server-only";
import { open } from "node:fs/promises";
import { BackupFileError } from "./logical-backup-format";

export type BackupFormat = "logical" | "pg_dump";

/** gzip's magic number: Claimdesk's logical backups are gzip'd. */
const GZIP_MAGIC = [0x1f, 0x8b];
/** pg_dump's custom format (`-Fc`) starts with these five bytes. */
const PG_DUMP_MAGIC = "PGDMP";

export function detectFormatFromBytes(bytes: Buffer): BackupFormat {
  if (bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) return "logical";
  if (bytes.subarray(0, PG_DUMP_MAGIC.length).toString("latin1") === PG_DUMP_MAGIC) return "pg_dump";
  if (bytes.length === 0) throw new BackupFileError("The backup file is empty.");
  if (/^(--|SET |CREATE |\n)/.test(bytes.toString("latin1"))) {
    throw new BackupFileError("This looks like a plain SQL dump (pg_dump without -Fc), not a Claimdesk backup: restore it with psql into an empty database.");
  }
  throw new BackupFileError("This is not a Claimdesk backup: neither a Claimdesk logical backup (gzip) nor a pg_dump custom-format archive.");
}

export async function detectBackupFormat(file: string): Promise<BackupFormat> {
  const handle = await open(file, "r");
  try {
    const bytes = Buffer.alloc(16);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return detectFormatFromBytes(bytes.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
