/**
 * Query strings and headers for fuzz cases: the route's real query keys with hostile values, keys
 * like `cursor[]` and `__proto__`, broken percent-escapes; content types that are not JSON, huge or
 * malformed `Idempotency-Key` and `If-Match` values, a `Content-Length` that lies.
 */
import fc from "fast-check";
import { HOSTILE_DATES, HOSTILE_UUIDS, hostileShortString, hostileString } from "./hostile-values";
import { Live, Repeated, resolveText } from "./templates";

/** One `key=value` of a query string; `value` undefined is a bare `key`; `encode` false sends the text as is. */
export type QueryPair = { key: string | Repeated; value?: string | Repeated | Live; encode: boolean };

const QUERY_KEYS = ["__proto__", "constructor", "cursor[]", "limit[]", "a[b]", "", "offset", "before", "limit", "deleted", "version", "lastEventId", "format", "articleId", "%00", "%E2%80%AE"] as const;

const QUERY_VALUES = [
  "", "-1", "0", "1", "2", "1.5", "-0", "1e309", "NaN", "Infinity", "0x10", "1_000", " 1", "99999999999999999999999999", "9223372036854775807",
  "9223372036854775808", "x", "true", "null", "[]", "{}", "%", "%zz", "%00", "%ED%A0%80", "%E2%80%AE", "%F0%9F%98%80", "+", "%2B", "a&b=c",
  "2026-13-45", "0000-01-01", "275760-09-14", "-271821-04-19T00:00:00Z", "2026-01-31", "00000000-0000-0000-0000-000000000000",
] as const;

export const hostileQueryValue: fc.Arbitrary<string | Repeated> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...QUERY_VALUES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_DATES, ...HOSTILE_UUIDS).map(String) },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.uuid().map((id) => id.toUpperCase()) },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 50_000 }).map((n) => new Repeated("9", n)) },
);

function queryKey(routeKeys: readonly string[]): fc.Arbitrary<string | Repeated> {
  return fc.oneof(
    { weight: routeKeys.length ? 3 : 0, arbitrary: routeKeys.length ? fc.constantFrom(...routeKeys) : fc.constant("x") },
    { weight: 3, arbitrary: fc.constantFrom(...QUERY_KEYS) },
    { weight: 1, arbitrary: hostileShortString },
    { weight: 1, arbitrary: fc.constant(new Repeated("k", 10_000)) },
  );
}

/** A query string of hostile pairs, some sent raw (broken escapes reach the URL parser as they are). */
export function hostileQuery(routeKeys: readonly string[]): fc.Arbitrary<QueryPair[]> {
  const pair = fc.record({ key: queryKey(routeKeys), value: fc.option(hostileQueryValue, { nil: undefined, freq: 8 }), encode: fc.boolean() });
  return fc.array(pair, { minLength: 1, maxLength: 6 });
}

/** A valid query object (from the route's schema) as pairs: arrays become repeated keys. */
export function queryPairsOf(query: unknown): QueryPair[] {
  if (query === null || typeof query !== "object") return [];
  return Object.entries(query).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).filter((item) => item !== undefined).map((item) => ({ key, value: item instanceof Live ? item : String(item), encode: true })),
  );
}

type QueryMutation = { op: "value" | "add" | "repeat" | "drop" | "bracket"; at: number; key: string | Repeated; value: string | Repeated };

function applyQueryMutation(pairs: QueryPair[], mutation: QueryMutation): QueryPair[] {
  const next = [...pairs];
  const at = next.length ? mutation.at % next.length : 0;
  const target = next[at];
  if (mutation.op === "add" || !target) return [...next, { key: mutation.key, value: mutation.value, encode: true }];
  if (mutation.op === "value") next[at] = { ...target, value: mutation.value };
  if (mutation.op === "repeat") next.push({ ...target, value: mutation.value });
  if (mutation.op === "drop") next.splice(at, 1);
  if (mutation.op === "bracket") next[at] = { ...target, key: `${typeof target.key === "string" ? target.key : "k"}[]` };
  return next;
}

/** A valid query with one to three pairs changed: a value made hostile, a key repeated, dropped, bracketed or added. */
export function nearValidQuery(base: fc.Arbitrary<QueryPair[]>, routeKeys: readonly string[]): fc.Arbitrary<QueryPair[]> {
  const mutation = fc.record({ op: fc.constantFrom("value", "add", "repeat", "drop", "bracket" as const), at: fc.nat(), key: queryKey(routeKeys), value: hostileQueryValue });
  return fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([pairs, mutations]) => mutations.reduce(applyQueryMutation, pairs));
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes out as its invalid UTF-8 bytes. */
export function encodePart(text: string): string {
  return text
    .split(/([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/)
    .map((part, index) => (index % 2 ? "%ED%A0%80" : encodeURIComponent(part)))
    .join("");
}

export async function queryString(pairs: readonly QueryPair[]): Promise<string> {
  const parts = await Promise.all(
    pairs.map(async ({ key, value, encode }) => {
      const keyText = await resolveText(key);
      const code = encode ? encodePart : (text: string) => text;
      return value === undefined ? code(keyText) : `${code(keyText)}=${code(await resolveText(value))}`;
    }),
  );
  return parts.join("&");
}

/** Header values are bytes: any Latin-1 character but NUL, CR and LF (a client cannot send those). */
const headerUnit = fc.integer({ min: 1, max: 255 }).filter((code) => code !== 10 && code !== 13).map((code) => String.fromCharCode(code));
const headerText = fc.string({ unit: headerUnit, maxLength: 40 });

export type HeaderValue = string | Repeated | Live;
export type HeaderSet = Record<string, HeaderValue | undefined>;

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant("application/json") },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      undefined, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=----x", "application/json; charset=utf-16le",
      "application/jsonx", "", "*/*", "application/json, text/html", "application/ld+json", "text/html; charset=\u00ff",
    ),
  },
  { weight: 1, arbitrary: headerText },
);

const idempotencyKey = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.stringMatching(/^[\x21-\x7e]{1,40}$/) },
  { weight: 2, arbitrary: fc.constantFrom("fuzz-key-1", "fuzz-key-2") },
  { weight: 3, arbitrary: fc.constantFrom("", " ", "a b", "a\tb", "\u00e9t\u00e9", "\u00ff", "k".repeat(200), "k".repeat(201)) },
  { weight: 1, arbitrary: fc.constantFrom(new Repeated("k", 10_000), new Repeated("k", 100_000)) },
  { weight: 1, arbitrary: headerText },
);

function ifMatch(currentVersion?: Live): fc.Arbitrary<HeaderValue | undefined> {
  const fromCurrent = currentVersion
    ? [currentVersion.map("quoted", (v) => `"${String(v)}"`), currentVersion.map("weak", (v) => `W/"${String(v)}"`), currentVersion.map("stale", (v) => String(Number(v) - 1)), currentVersion]
    : [];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: fromCurrent.length ? 4 : 0, arbitrary: fromCurrent.length ? fc.constantFrom(...fromCurrent) : fc.constant(undefined) },
    { weight: 3, arbitrary: fc.constantFrom('"1"', "1", 'W/"1"', "*", '"0"', "0", "-1", '"-1"', "9999999999", '"999999999"', "1.5", '"1", "2"', "", "x", '"', "W/", "1e3") },
    { weight: 1, arbitrary: fc.constant(new Repeated("9", 10_000)) },
    { weight: 1, arbitrary: headerText },
  );
}

const contentLength = fc.oneof(
  { weight: 10, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom("abc", "-1", "0", "1", "99999999999", "1e3", "2097153", "NaN", " 5 ") },
);

/** `value` one case in `oneIn`, else no header (fc.option's `freq` is the other way round: how rarely it is nil). */
function rarely(value: fc.Arbitrary<string>, oneIn: number): fc.Arbitrary<string | undefined> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: value });
}

export type HeaderNeeds = { body: boolean; idempotencyKey: boolean; ifMatch: boolean; currentVersion?: Live };

/** The headers a case sends, for what the route reads; odd ones mixed into otherwise ordinary requests. */
export function headerSet(needs: HeaderNeeds): fc.Arbitrary<HeaderSet> {
  return fc.record({
    "content-type": needs.body ? contentType : fc.constant(undefined),
    "idempotency-key": needs.idempotencyKey ? idempotencyKey : fc.constant(undefined),
    "if-match": needs.ifMatch ? ifMatch(needs.currentVersion) : fc.constant(undefined),
    "content-length": needs.body ? contentLength : fc.constant(undefined),
    // The session is mocked; a bearer header too must change nothing but the answer (session-only routes refuse it).
    authorization: rarely(fc.constantFrom("Bearer cdk_x", "Bearer ", "Basic Zm9vOmJhcg==", "\u00ff"), 8),
    accept: rarely(fc.constantFrom("*/*", "text/csv", "application/json", "\u00ff\u00fe", ""), 4),
    "x-forwarded-for": rarely(fc.constantFrom("::1", "999.999.999.999", "a, b, c", "unknown"), 6),
  });
}
