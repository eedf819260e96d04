/**
 * Valid inputs derived from a route's own zod schema (lib/validation), through the JSON Schema the
 * OpenAPI document is built from: the base that mutations start from, so they reach the deep
 * checks and the data layer instead of stopping at the first type check. Hints replace the
 * generator at a path ("selector", "claimIds.*") where only live data is valid (a quote of the
 * article's text, an existing claim, the current version).
 */
import fc from "fast-check";
import type { z } from "zod";
import { inputJsonSchema, type JsonSchema } from "@/lib/api/input-json-schema";

export type Hints = Record<string, fc.Arbitrary<unknown>>;

const SAFE_UUID = fc.uuid({ version: [4, 7] });
const MAX_GENERATED_LENGTH = 40;

function asSchema(value: unknown): JsonSchema {
  return value !== null && typeof value === "object" ? (value as JsonSchema) : {};
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" ? value : fallback;
}

/** Text of at most `max` UTF-16 units (zod counts those), cut at a code point so no surrogate is split. */
function clip(text: string, max: number): string {
  let out = "";
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const min = numberOr(schema.minLength, 0);
  const max = numberOr(schema.maxLength, 1_000);
  if (schema.format === "uuid") return SAFE_UUID;
  if (schema.format === "uri") return fc.webUrl({ validSchemes: ["http", "https"] }).filter((url) => url.length <= max);
  if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern));
  if (typeof schema.description === "string" && /ISO 8601/.test(schema.description)) {
    // Mostly ordinary dates, sometimes the first and last years of four digits; years past those come from mutations.
    const date = fc.oneof(
      { weight: 3, arbitrary: fc.date({ min: new Date("1990-01-01"), max: new Date("2040-01-01"), noInvalidDate: true }) },
      { weight: 1, arbitrary: fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true }) },
    );
    return date.chain((day) => fc.constantFrom(day.toISOString(), day.toISOString().slice(0, 10)));
  }
  const unit = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(..."abcdefghij klmnopqrstuvwxyz.,'") }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) });
  // Blank text is refused where a minimum applies (the schemas trim first): start with a letter.
  return fc.string({ unit, maxLength: Math.min(max, MAX_GENERATED_LENGTH) }).map((text) => clip(min > 0 ? `a${text}` : text, max));
}

/** A value the JSON Schema accepts (zod's refinements aside, which hints cover), hints taking precedence. */
export function arbitraryFromJsonSchema(schema: JsonSchema, hints: Hints = {}, path = ""): fc.Arbitrary<unknown> {
  const hint = hints[path];
  if (hint) return hint;
  if (Array.isArray(schema.anyOf)) return fc.oneof(...schema.anyOf.map((option) => arbitraryFromJsonSchema(asSchema(option), hints, path)));
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const child = (key: string) => (path ? `${path}.${key}` : key);
  switch (schema.type) {
    case "object": {
      const properties = Object.entries(asSchema(schema.properties));
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      const model = Object.fromEntries(properties.map(([key, property]) => [key, arbitraryFromJsonSchema(asSchema(property), hints, child(key))]));
      return fc.record(model, { requiredKeys: required.filter((key) => key in model) });
    }
    case "array": {
      const min = numberOr(schema.minItems, 0);
      return fc.array(arbitraryFromJsonSchema(asSchema(schema.items), hints, child("*")), { minLength: min, maxLength: Math.min(numberOr(schema.maxItems, min + 4), min + 4) });
    }
    case "string":
      return stringArbitrary(schema);
    case "integer":
      return fc.integer({ min: numberOr(schema.minimum, -1_000), max: Math.min(numberOr(schema.maximum, 1_000), 1_000_000) });
    case "number":
      return fc.double({ min: numberOr(schema.minimum, -1_000), max: numberOr(schema.maximum, 1_000), noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return stringArbitrary(schema);
  }
}

/** Valid input for a zod schema, with hints for what only live data makes valid. */
export function validInput(schema: z.ZodType, hints: Hints = {}): fc.Arbitrary<unknown> {
  return arbitraryFromJsonSchema(inputJsonSchema(schema), hints);
}

/** Every property name the schema knows, at any depth: mutations put them where they do not belong. */
export function schemaFieldNames(schema: z.ZodType): string[] {
  const names = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    const record = node as JsonSchema;
    for (const key of Object.keys(asSchema(record.properties))) names.add(key);
    Object.values(record).forEach(visit);
  };
  visit(inputJsonSchema(schema));
  return [...names];
}
