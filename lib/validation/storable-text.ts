/**
 * Text Postgres cannot store, or that is not text at all: a NUL character (Postgres refuses 0x00
 * in text) and an unpaired UTF-16 surrogate (no Unicode character; the database's UTF-8 cannot
 * hold it). Checked on every input before its schema, so such a value is a 400 naming its field,
 * never a 500 from the database.
 */
import type { FieldErrors } from "@/lib/errors";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 64;

function problemOf(text: string): string | null {
  if (text.includes("\u0000")) return "Contains a NUL character (\\u0000), which cannot be stored.";
  if (LONE_SURROGATE.test(text)) return "Contains an unpaired UTF-16 surrogate: not valid Unicode text.";
  return null;
}

/** Every field (its path, as errors name fields) whose text, or whose key, cannot be stored. */
export function unstorableTextFields(value: unknown): FieldErrors {
  const fields: FieldErrors = Object.create(null) as FieldErrors;
  const visit = (node: unknown, path: string[], depth: number) => {
    if (typeof node === "string") {
      const problem = problemOf(node);
      if (problem) (fields[path.join(".") || "_"] ??= []).push(problem);
      return;
    }
    if (node === null || typeof node !== "object" || depth > MAX_DEPTH) return;
    for (const [key, child] of Object.entries(node)) {
      const keyProblem = problemOf(key);
      if (keyProblem) (fields[[...path, "_key"].join(".")] ??= []).push(`A field name: ${keyProblem}`);
      else visit(child, [...path, key], depth + 1);
    }
  };
  visit(value, [], 0);
  return fields;
}
