/** Reads a logical backup (logical-backup-format.ts) as a stream of items, checking its framing and row counts. */
import "server-only";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { BackupFileError, parseHeader, ZEndLine, ZTableLine, type BackupHeader, type EndLine, type TableLine } from "./logical-backup-format";

export type BackupItem =
  | { kind: "header"; header: BackupHeader }
  | { kind: "table"; table: TableLine }
  /** Some of the current table's COPY text (whole rows or parts of one). */
  | { kind: "rows"; chunk: Buffer }
  | { kind: "tableEnd"; table: TableLine; rows: number }
  | { kind: "end"; end: EndLine };

const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;
const DOT = 0x2e;
/** Framing lines are short; a longer one means the file is not what it claims to be. */
const MAX_FRAMING_LINE = 1 << 20;

/** The decompressed bytes of a backup file; a damaged or cut-short gzip stream is a BackupFileError. */
export async function* readGunzipped(file: string): AsyncGenerator<Buffer> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on("error", (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    throw describeReadError(error as NodeJS.ErrnoException);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}

function describeReadError(error: NodeJS.ErrnoException): Error {
  if (error.code === "Z_BUF_ERROR") return new BackupFileError("The backup file is cut short: its compressed data ends early (an interrupted backup or copy).");
  if (error.code?.startsWith("Z_")) return new BackupFileError(`The backup file is damaged: its compressed data is corrupt (${error.message}).`);
  return error;
}

type RowScan = { dataEnd: number; next: number; rows: number; atLineStart: boolean; terminated: boolean; undecided: boolean };

/** Finds where the current table's rows end in buf (at the line `\.`), counting the rows before it. */
export function scanRows(buf: Buffer, from: number, atLineStartIn: boolean): RowScan {
  let p = from;
  let rows = 0;
  let atLineStart = atLineStartIn;
  while (p < buf.length) {
    if (atLineStart && buf[p] === BACKSLASH) {
      const left = buf.length - p;
      // A line starting `\` or `\.` at the end of the chunk: the next chunk decides.
      if (left === 1 || (left === 2 && buf[p + 1] === DOT)) return { dataEnd: p, next: buf.length, rows, atLineStart, terminated: false, undecided: true };
      if (buf[p + 1] === DOT && buf[p + 2] === NEWLINE) return { dataEnd: p, next: p + 3, rows, atLineStart, terminated: true, undecided: false };
    }
    const newline = buf.indexOf(NEWLINE, p);
    if (newline === -1) return { dataEnd: buf.length, next: buf.length, rows, atLineStart: false, terminated: false, undecided: false };
    rows += 1;
    p = newline + 1;
    atLineStart = true;
  }
  return { dataEnd: p, next: p, rows, atLineStart, terminated: false, undecided: false };
}

/**
 * The items of a decompressed backup, in order. Throws a BackupFileError for anything out of
 * place: no header, a malformed line, a table whose row count differs from the end marker's, a
 * file that stops before its end marker, or bytes after it.
 */
export async function* parseLogicalBackup(source: AsyncIterable<Buffer>): AsyncGenerator<BackupItem> {
  // An object, so TypeScript does not narrow it across handleLine's assignments.
  const at: { state: "header" | "between" | "rows" | "done" } = { state: "header" };
  let lineParts: Buffer[] = [];
  let lineLength = 0;
  let carry: Buffer | undefined;
  let table: TableLine | undefined;
  let rows = 0;
  let atLineStart = true;
  const counted = new Map<string, number>();

  const handleLine = (line: string): BackupItem => {
    if (at.state === "header") {
      at.state = "between";
      return { kind: "header", header: parseHeader(line) };
    }
    const value = parseJsonLine(line);
    const asTable = ZTableLine.safeParse(value);
    if (asTable.success) {
      if (counted.has(asTable.data.name)) throw new BackupFileError(`The backup file holds table "${asTable.data.name}" twice: it is damaged.`);
      table = asTable.data;
      at.state = "rows";
      rows = 0;
      atLineStart = true;
      return { kind: "table", table };
    }
    const asEnd = ZEndLine.safeParse(value);
    if (!asEnd.success) throw new BackupFileError("The backup file has a malformed line between its tables: it is damaged.");
    checkRowCounts(counted, asEnd.data);
    at.state = "done";
    return { kind: "end", end: asEnd.data };
  };

  for await (const chunk of source) {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    carry = undefined;
    let p = 0;
    while (p < buf.length) {
      if (at.state === "done") throw new BackupFileError("The backup file has data after its end marker: it is damaged.");
      if (at.state !== "rows") {
        const newline = buf.indexOf(NEWLINE, p);
        const end = newline === -1 ? buf.length : newline;
        lineParts.push(buf.subarray(p, end));
        lineLength += end - p;
        if (lineLength > MAX_FRAMING_LINE) throw new BackupFileError("This is not a Claimdesk backup (or it is damaged): a framing line is far too long.");
        p = end + 1;
        if (newline === -1) break;
        const line = Buffer.concat(lineParts).toString("utf8");
        lineParts = [];
        lineLength = 0;
        yield handleLine(line);
        continue;
      }
      const scan = scanRows(buf, p, atLineStart);
      if (scan.dataEnd > p) yield { kind: "rows", chunk: buf.subarray(p, scan.dataEnd) };
      rows += scan.rows;
      atLineStart = scan.atLineStart;
      p = scan.next;
      if (scan.undecided) carry = buf.subarray(scan.dataEnd);
      if (scan.terminated) {
        counted.set(table!.name, rows);
        at.state = "between";
        yield { kind: "tableEnd", table: table!, rows };
      }
    }
  }
  if (at.state === "done" && lineLength === 0) return;
  if (at.state === "header") throw new BackupFileError(lineLength === 0 ? "The backup file is empty." : "The backup file is cut short: it ends inside its header.");
  const where = at.state === "rows" ? `inside table "${table!.name}"` : "before its end marker";
  throw new BackupFileError(`The backup file is cut short: it ends ${where} (an interrupted backup or copy).`);
}

function parseJsonLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new BackupFileError("The backup file has a malformed line between its tables: it is damaged.");
  }
}

function checkRowCounts(counted: Map<string, number>, end: EndLine): void {
  const recorded = Object.keys(end.rows);
  for (const name of recorded) {
    if (!counted.has(name)) throw new BackupFileError(`The backup file's end marker names table "${name}", which the file does not hold: it is damaged.`);
  }
  for (const [name, rows] of counted) {
    if (end.rows[name] !== rows) {
      throw new BackupFileError(`Table "${name}" has ${rows} rows in the backup file, but the backup recorded ${end.rows[name] ?? "none"}: the file is damaged.`);
    }
  }
}

/** Reads a whole backup file, checking it, without touching any database: its header and rows per table. */
export async function verifyLogicalBackup(file: string): Promise<{ header: BackupHeader; end: EndLine; tables: TableLine[] }> {
  let header: BackupHeader | undefined;
  let end: EndLine | undefined;
  const tables: TableLine[] = [];
  for await (const item of parseLogicalBackup(readGunzipped(file))) {
    if (item.kind === "header") header = item.header;
    else if (item.kind === "table") tables.push(item.table);
    else if (item.kind === "end") end = item.end;
  }
  return { header: header!, end: end!, tables };
}
