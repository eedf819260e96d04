/** Loads a logical backup's rows into a migrated, empty database, inside the caller's transaction. */
import "server-only";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom, type CopyStreamQuery } from "pg-copy-streams";
import { BackupFileError, type SequenceState } from "./logical-backup-format";
import { parseLogicalBackup, readGunzipped } from "./read-logical-backup";
import { quoteIdentifier } from "./schema-catalog";

type OpenCopy = { stream: CopyStreamQuery; settled: Promise<void> };

/** COPYs every table of the file in, then puts each sequence where the backup had it; returns rows loaded per table. */
export async function loadLogicalBackup(client: pg.ClientBase, file: string): Promise<Record<string, number>> {
  const loaded: Record<string, number> = {};
  let copy: OpenCopy | undefined;
  try {
    for await (const item of parseLogicalBackup(readGunzipped(file))) {
      if (item.kind === "table") {
        const columns = item.table.columns.map(quoteIdentifier).join(", ");
        const stream = client.query(copyFrom(`COPY ${quoteIdentifier(item.table.name)} (${columns}) FROM STDIN`));
        const settled = finished(stream);
        settled.catch(() => {}); // awaited at the table's end; this only keeps an early failure from going unhandled
        copy = { stream, settled };
      } else if (item.kind === "rows") {
        if (!copy!.stream.write(item.chunk)) await Promise.race([once(copy!.stream, "drain"), copy!.settled]);
      } else if (item.kind === "tableEnd") {
        copy!.stream.end();
        await copy!.settled;
        const { rowCount } = copy!.stream;
        copy = undefined;
        if (rowCount !== item.rows) throw new BackupFileError(`Table "${item.table.name}": the file holds ${item.rows} rows, but PostgreSQL loaded ${rowCount}.`);
        loaded[item.table.name] = rowCount;
      } else if (item.kind === "end") {
        for (const sequence of item.end.sequences) await restoreSequence(client, sequence);
      }
    }
    return loaded;
  } catch (error) {
    if (copy && !copy.stream.destroyed) {
      // Sends CopyFail, so the connection is usable again for the caller's ROLLBACK.
      copy.stream.destroy(error as Error);
      await copy.settled.catch(() => {});
    }
    throw error;
  }
}

async function restoreSequence(client: pg.ClientBase, { table, column, lastValue, isCalled }: SequenceState): Promise<void> {
  const { rows } = await client.query<{ sequence: string | null }>("SELECT pg_get_serial_sequence($1, $2) AS sequence", [quoteIdentifier(table), column]);
  const sequence = rows[0]?.sequence;
  if (!sequence) throw new Error(`The backup has a sequence on "${table}"."${column}", but the restored schema has none there.`);
  await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [sequence, lastValue, isCalled]);
}
