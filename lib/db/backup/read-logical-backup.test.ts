import { describe, expect, it } from "vitest";
import { BackupFileError, encodeLine, END_OF_ROWS } from "./logical-backup-format";
import { parseLogicalBackup, type BackupItem } from "./read-logical-backup";

const HEADER = { format: "claimdesk-backup", version: 1, createdAt: "2026-12-01T00:00:00.000Z", postgresMajor: 15, migrations: ["20261126065337_init"] };
// Rows as COPY writes them: a backslash is always escaped, so `\\.` is data and only `\.` ends a table.
const USER_ROWS = "1\tAda\t\\N\n2\ttab\\there\\\\.\n\\\\.\tstarts like the marker\n";
const EVENT_ROWS = '7\t{"a": "\\\\n"}\n';

function backupText(overrides: { end?: object; tables?: [string, string][] } = {}): string {
  const tables = overrides.tables ?? [["User", USER_ROWS], ["Empty", ""], ["Event", EVENT_ROWS]];
  const body = tables.map(([name, rows]) => encodeLine({ kind: "table", name, columns: ["a", "b"] }) + rows + END_OF_ROWS).join("");
  const rows = Object.fromEntries(tables.map(([name, text]) => [name, text.split("\n").length - 1]));
  return encodeLine(HEADER) + body + encodeLine(overrides.end ?? { kind: "end", rows, sequences: [{ table: "Event", column: "id", lastValue: "9", isCalled: true }] });
}

async function* inChunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function collect(source: AsyncIterable<Buffer>): Promise<BackupItem[]> {
  const items: BackupItem[] = [];
  for await (const item of parseLogicalBackup(source)) items.push(item);
  return items;
}

/** Each table's rows joined back together, whatever the chunking cut them into. */
function rowsByTable(items: BackupItem[]): Record<string, string> {
  const tables: Record<string, string> = {};
  let current = "";
  for (const item of items) {
    if (item.kind === "table") tables[(current = item.table.name)] = "";
    if (item.kind === "rows") tables[current] += item.chunk.toString("utf8");
  }
  return tables;
}

describe("parseLogicalBackup", () => {
  it("gives back every table's rows exactly, however the file is cut into chunks", async () => {
    const bytes = Buffer.from(backupText());
    for (let size = 1; size <= bytes.length; size += 1) {
      const items = await collect(inChunks(bytes, size));
      expect(rowsByTable(items), `chunks of ${size} bytes`).toEqual({ User: USER_ROWS, Empty: "", Event: EVENT_ROWS });
      expect(items.filter((item) => item.kind === "tableEnd").map((item) => item.kind === "tableEnd" && item.rows)).toEqual([3, 0, 1]);
    }
  });

  it("reads the header and the end marker's sequences", async () => {
    const items = await collect(inChunks(Buffer.from(backupText()), 64));
    expect(items[0]).toEqual({ kind: "header", header: HEADER });
    expect(items.at(-1)).toMatchObject({ kind: "end", end: { sequences: [{ table: "Event", lastValue: "9" }] } });
  });

  it("refuses a file cut short anywhere, naming where it stops", async () => {
    const bytes = Buffer.from(backupText());
    for (let length = 0; length < bytes.length; length += 1) {
      await expect(collect(inChunks(bytes.subarray(0, length), 7)), `cut at ${length}`).rejects.toThrow(BackupFileError);
    }
    await expect(collect(inChunks(bytes.subarray(0, bytes.indexOf("2\ttab")), 7))).rejects.toThrow(/cut short: it ends inside table "User"/);
  });

  it("refuses row counts that differ from the end marker's, and anything after it", async () => {
    const wrongCount = backupText({ end: { kind: "end", rows: { User: 2, Empty: 0, Event: 1 }, sequences: [] } });
    await expect(collect(inChunks(Buffer.from(wrongCount), 100))).rejects.toThrow(/Table "User" has 3 rows in the backup file, but the backup recorded 2/);
    const unknownTable = backupText({ end: { kind: "end", rows: { User: 3, Empty: 0, Event: 1, Ghost: 4 }, sequences: [] } });
    await expect(collect(inChunks(Buffer.from(unknownTable), 100))).rejects.toThrow(/names table "Ghost"/);
    await expect(collect(inChunks(Buffer.from(`${backupText()}x`), 100))).rejects.toThrow(/data after its end marker/);
  });

  it("refuses what is not a Claimdesk backup, and a newer format version", async () => {
    await expect(collect(inChunks(Buffer.from('{"hello":1}\n'), 100))).rejects.toThrow(/not a Claimdesk backup/);
    await expect(collect(inChunks(Buffer.from(encodeLine({ ...HEADER, version: 2 })), 100))).rejects.toThrow(/format version 2, written by a newer Claimdesk/);
    const broken = backupText().replace('{"kind":"table","name":"Empty"', '{"kind":"tabel","name":"Empty"');
    await expect(collect(inChunks(Buffer.from(broken), 100))).rejects.toThrow(/malformed line/);
  });
});
