/**
 * Arbitraries for what an attacker or a broken client sends: strings the database cannot store or
 * people cannot read, numbers at every edge, prototype keys, deep nesting, values of the wrong type,
 * raw bodies that are not JSON at all, and ids that are not ids.
 */
import fc from "fast-check";
import { JsonText, Nested, Repeated } from "./templates";

/** Fragments that broke (or could break) something somewhere: storage, display, parsing. */
export const HOSTILE_FRAGMENTS = [
  "\u0000", "a\u0000b", "\ud800", "\udfff", "a\ud800b", "\udc00\ud800", "\ud83d\ude00", "\u202e", "\u202egnp.exe", "\u2066\u2069",
  "\u200b", "\ufeff", "e\u0301", "\u0085", "\u2028\u2029", "\r\n", "\t", " ", "   ", "\u00a0", "\u3000", "",
  "<script>alert(1)</script>", "'; DROP TABLE \"Claim\"; --", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x",
  "%00", "%ED%A0%80", "../../etc/passwd", "${jndi:ldap://x}", "{{7*7}}", "\\", "\"", "null", "undefined", "NaN", "-1", "1e309",
  "0x10", "true", "[]", "{}", "__proto__", "Ω≈ç√∫", "עברית", "中文", "🏳️‍🌈", "\u0000\ud800\u202e",
  "&#0;", "&#xD800;", "&#x202E;", '<a href="javascript:alert(1)">x</a>', "[x](javascript:alert(1))", "<b><i>x</b></i>", "<!--", "\\u0000",
] as const;

/** Any UTF-16 code unit, lone surrogates included (fc.string's units never split a pair). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Short hostile text: a fragment, random code units, or a fragment hidden inside ordinary words. */
export const hostileShortString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ maxLength: 12 })).map((parts) => parts.join("")) },
);

/** Strings past every limit: just over a field's maximum, a megabyte (the import limit), past the 2 MB body limit. */
export const hugeString: fc.Arbitrary<Repeated> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(41, 101, 201, 301, 501, 1_001, 2_049, 5_001, 10_001, 20_001).map((times) => new Repeated("x", times)) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("x", "\u202e", "😀", "é", " ", "\ud800"), fc.integer({ min: 1, max: 30_000 })).map(([unit, times]) => new Repeated(unit, times)) },
  { weight: 1, arbitrary: fc.constantFrom(1_000_001, 2_200_000).map((times) => new Repeated("y", times)) },
);

export const hostileString: fc.Arbitrary<string | Repeated> = fc.oneof({ weight: 6, arbitrary: hostileShortString }, { weight: 1, arbitrary: hugeString });

/** Numbers at the edges: negative, zero, fractional, past int4 and int8, past the safe integers, tiny. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      -1, -0, 0, 1, 0.5, 1.5, -1.5, 1e-7, Number.MIN_VALUE, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 53, 2 ** 53 + 2,
      Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 9_223_372_036_854_775_807, 1e21, -1e21, 1e308, Number.MAX_VALUE, 8.64e15, -8.64e15, -62_198_755_200_000,
    ),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

/** Dates past Postgres's range (4713 BC to 294276 AD) or JavaScript's (8.64e15 ms either side of 1970), year 0, days that do not exist. */
export const HOSTILE_DATES = [
  "0000-01-01", "-004714-11-23", "-271821-04-20", "+275760-09-13", "275760-09-13", "294277-01-01", "9999-12-31T23:59:59.999Z", "2026-02-30",
  "2026-13-01", "2026-01-01T25:00:00Z", "2026-01-01T00:00:00+99:00", "1970-01-01", "now", "", 8.64e15, -8.64e15, 8.64e15 + 1, -62_198_755_200_000, 253_402_300_800_000, 0, -1,
] as const;

/** Ids that are UUID-shaped, or nearly: nil, max, upper case, version 1, braced, without dashes. */
export const HOSTILE_UUIDS = [
  "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "0193F3C4-5B6A-7C8D-9E0F-123456789ABC", "c232ab00-9414-11ec-b3c8-9f6bdeced846",
  "{0193f3c4-5b6a-7c8d-9e0f-123456789abc}", "0193f3c45b6a7c8d9e0f123456789abc", "0193f3c4-5b6a-7c8d-9e0f-123456789abcd", "0193f3c4-5b6a-0c8d-0e0f-123456789abc",
] as const;

/** URLs at the edges of "http or https": credentials, IPv6, odd ports, IDN, escapes, schemes in disguise, the length limit. */
export const HOSTILE_URLS = [
  "http://a", "https://", "https:example.test", "http://user:pass@example.test/", "http://[::1]:80/", "http://example.test:99999/", "https://xn--n3h.test/",
  "https://☃.test/", "https://example.test/%00", "https://example.test/\u202e", "HTTPS://EXAMPLE.TEST/", "http://0x7f.1/", "javascript://example.test/%0aalert(1)",
  `https://example.test/${"x".repeat(2_028)}`, `https://example.test/${"x".repeat(2_029)}`, "ftp://example.test/", " https://example.test/",
] as const;

/** Keys that poke at prototypes, at path syntax, or at fields a client must never set. */
export const HOSTILE_KEYS = [
  "__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "then", "", " ", "0", "-1",
  "a.b", "a[b]", "$where", "\u0000", "\ud800", "\u202ekey", "id", "createdById", "deletedAt", "role", "version", "articleId",
  "userId", "authorId", "orphan", "admin", "passwordHash",
] as const;

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constant("k".repeat(5_000)) },
);

/** An object with exactly these own keys (`__proto__` included as a plain key, as JSON.parse makes it). */
export function objectOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  return Object.fromEntries(entries);
}

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
  { weight: 1, arbitrary: fc.uuid() },
);

/** Any JSON value, hostile at every level: wrong types, prototype keys, deep nesting, long arrays. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: hostileLeaf },
    { weight: 2, arbitrary: fc.array(tie("value"), { maxLength: 5 }) },
    { weight: 2, arbitrary: fc.array(fc.tuple(hostileKey, tie("value")), { maxLength: 5 }).map(objectOf) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 20, max: 2_000 }), fc.constantFrom("array", "object" as const), hostileLeaf).map(([depth, kind, leaf]) => new Nested(depth, kind, leaf)) },
    // Long arrays of small items only: a megabyte string five thousand times would be 5 GB.
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 21, max: 5_000 }), fc.oneof(hostileShortString, hostileNumber, fc.uuid())).map(([length, item]) => Array.from({ length }, () => item)) },
  ),
})).value;

/** Texts that are not a JSON object: empty, scalars, truncated, JavaScript not JSON, a BOM, NaN, huge numbers, deep nesting. */
const RAW_TEXTS = [
  "", " ", "null", "[]", "{}", "true", "false", "0", "-0", '"text"', "{", "}", "[", '{"a":', "{'a':1}", "{a:1}", '{"a":1,}', "[1,]",
  "NaN", "Infinity", "-Infinity", "1e999", "-1e999", "undefined", "\ufeff{}", "{}\u0000", "// comment\n{}", '{"a":1}{"b":2}', '"\\u"',
  '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"a":"\\ud800"}', '{"a":"\\u0000"}',
  '{"\\u0000":1}', '{"\\ud800":1}', "\u0000", "\ud800", "<xml/>", "a=1&b=2",
] as const;

export const hostileRawText: fc.Arbitrary<string | Repeated> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...RAW_TEXTS) },
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 100_000 }).chain((n) => fc.constantFrom(new Repeated("9", n), new Repeated("9", n, "0."), new Repeated("9", n, "1e"), new Repeated("9", n, "-"))) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 200_000 }).chain((n) => fc.constantFrom(new Repeated("[", n, "", "]".repeat(n)), new Repeated("[", n), new Repeated('{"a":', n, "", `1${"}".repeat(n)}`))) },
  { weight: 1, arbitrary: fc.constant(new Repeated("x", 2_200_000, '{"padding":"', '"}')) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
);

/** Number literals JSON.stringify never writes: Infinity by overflow, underflow to 0, -0, exponents, invalid leading zeros. */
const ODD_NUMBER_LITERALS = ["1e999", "-1e999", "1e-999", "-0", "1.0", "1E2", "0.1e1", "01", "1.", ".5", "+1", "0x1", "NaN", "9".repeat(400)] as const;

/** Raw text near a valid body: cut short at some point, one of its keys given twice, or a number written oddly. */
export function rawTextNear(base: fc.Arbitrary<unknown>): fc.Arbitrary<JsonText> {
  return fc.oneof(
    fc.tuple(base, fc.nat(), fc.constantFrom(...ODD_NUMBER_LITERALS)).map(
      ([value, nth, literal]) => new JsonText(`number #${nth} as ${literal}`, value, (text) => {
        const numbers = [...text.matchAll(/(?<=[:[,])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?=[,\]}])/g)];
        const found = numbers[nth % Math.max(1, numbers.length)];
        return found ? text.slice(0, found.index) + literal + text.slice(found.index + found[0].length) : text;
      }),
    ),
    fc.tuple(base, fc.nat()).map(([value, at]) => new JsonText(`truncated at ${at}`, value, (text) => text.slice(0, at % Math.max(1, text.length)))),
    fc.tuple(base, hostileJson).map(
      ([value, again]) => new JsonText(`first key again as ${fc.stringify(again)}`, value, (text) => {
        const key = /^\{("(?:[^"\\]|\\.)*"):/.exec(text)?.[1];
        return key ? `{${key}:${JSON.stringify(again) ?? "null"},${text.slice(1)}` : text;
      }),
    ),
  );
}

/** A path id that is not the target's: not a UUID, almost a UUID, a UUID nothing has, or hostile text. */
export function hostileId(realId: string, otherIds: readonly string[]): fc.Arbitrary<string | Repeated> {
  const nearly = [
    realId.toUpperCase(), `${realId} `, ` ${realId}`, `${realId}\n`, `${realId}\u0000`, `{${realId}}`, realId.replaceAll("-", ""), realId.slice(0, -1),
    `${realId}0`, `x${realId.slice(1)}`, `${realId}/..`, encodeURIComponent(`${realId}\u202e`),
  ];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...nearly) },
    { weight: 2, arbitrary: fc.constantFrom("", "x", "0", "-1", "null", "undefined", "__proto__", "constructor", "../..", "%00", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff") },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: otherIds.length ? 2 : 0, arbitrary: otherIds.length ? fc.constantFrom(...otherIds) : fc.constant(realId) },
    { weight: 2, arbitrary: hostileString },
  );
}
