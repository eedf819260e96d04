/**
 * Counterexamples fast-check found, sent first on every run (fc.assert's `examples`): a known
 * failure fails every run, not one run in twenty, and stays a regression test once fixed.
 */
import type { FuzzCase } from "./fuzz-route";
import type { FuzzWorld } from "./fuzz-world";

const json = { "content-type": "application/json" };
const article = (fields: Record<string, unknown>): FuzzCase => ({ kind: "known", query: [], headers: json, body: { json: { title: "Known case", text: "Some words.", ...fields } } });

export const KNOWN_COUNTEREXAMPLES: Record<string, (world: FuzzWorld) => FuzzCase[]> = {
  // A NUL in the slug reached Postgres: 500 (22021, invalid byte sequence for encoding "UTF8": 0x00). Next decodes %00 in a path to it.
  "GET /api/articles/:id": (world) => [
    { kind: "known", id: `${world.article.id}\u0000`, query: [], headers: {} },
    { kind: "known", id: "a\u0000b", query: [], headers: {} },
  ],
  // publishedAt past Postgres's timestamp range (4713 BC to 294276 AD, no year 0): 500 (22008, date/time field value out of
  // range); 275760-09-13 (8.64e15, JavaScript's last day) is stored but cannot be read back (RangeError in presentArticle).
  "POST /api/articles": () => [article({ publishedAt: "-128641-08-14T15:49:21.727Z" }), article({ publishedAt: "0000-01-01" }), article({ publishedAt: 8.64e15 })],
  // An export date filter past Postgres's timestamp range: 500 (22008 in timestamp_in). Now years 1-9999 (ZStorableDate).
  "GET /api/export.csv": () => [
    { kind: "known", query: [{ key: "from", value: "-271821-04-20", encode: true }], headers: {} },
    { kind: "known", query: [{ key: "to", value: "0000-12-31", encode: true }], headers: {} },
  ],
  // An audit page cursor past bigint: 500 (Prisma could not bind it). Now a 400 naming `before`.
  "GET /api/audit": () => [{ kind: "known", query: [{ key: "before", value: "9223372036854775808", encode: false }], headers: {} }],
};
