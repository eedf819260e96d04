/** Writes a logical backup (logical-backup-format.ts) from a client inside a REPEATABLE READ transaction. */
import "server-only";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { encodeLine, END_OF_ROWS, type BackupHeader, type EndLine, type TableLine } from "./logical-backup-format";
import { quoteIdentifier, readSequenceStates, type TableInfo } from "./schema-catalog";

/** Backups hold password and token hashes: readable by their owner only. */
export const BACKUP_FILE_MODE = 0o600;

export function countNewlines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) count += 1;
  return count;
}

/** Every table's rows, in the given order, then the sequences' positions; returns the rows written per table. */
export async function writeLogicalBackup(options: {
  client: pg.ClientBase;
  file: string;
  header: BackupHeader;
  tables: TableInfo[];
}): Promise<Record<string, number>> {
  const { client, file, header, tables } = options;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file, { mode: BACKUP_FILE_MODE }));
  written.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled meanwhile
  const write = async (data: string | Buffer) => {
    if (!gzip.write(data)) await Promise.race([once(gzip, "drain"), written]);
  };
  try {
    await write(encodeLine(header));
    const rows: Record<string, number> = {};
    for (const table of tables) {
      await write(encodeLine({ kind: "table", name: table.name, columns: table.columns } satisfies TableLine));
      const columns = table.columns.map(quoteIdentifier).join(", ");
      let count = 0;
      for await (const chunk of client.query(copyTo(`COPY ${quoteIdentifier(table.name)} (${columns}) TO STDOUT`))) {
        count += countNewlines(chunk as Buffer);
        await write(chunk as Buffer);
      }
      rows[table.name] = count;
      await write(END_OF_ROWS);
    }
    const end: EndLine = { kind: "end", rows, sequences: await readSequenceStates(client) };
    await write(encodeLine(end));
    gzip.end();
    await written;
    return rows;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    throw error;
  }
}
