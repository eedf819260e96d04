import { z } from "zod";

/** `{ from, to }` of one field that an update changed. */
export type FieldChange<T> = { from: T; to: T };

type ChangesShape<S extends z.core.$ZodShape> = { [K in keyof S]: z.ZodOptional<z.ZodObject<{ from: S[K]; to: S[K] }>> };

/**
 * The schema of an update's changes: for each field of `shape` it may hold `{ from, to }`, and
 * nothing else. Built from a view's own field schemas, so a change can only carry what the view can.
 */
export function changesSchema<S extends z.core.$ZodShape>(shape: S): z.ZodObject<ChangesShape<S>, z.core.$strict> {
  const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, z.object({ from: field, to: field }).optional()]));
  return z.strictObject(fields) as unknown as z.ZodObject<ChangesShape<S>, z.core.$strict>;
}

/** The fields among `keys` whose values differ between two versions of a view, with both values. */
export function fieldChanges<T extends object, K extends keyof T>(before: T, after: T, keys: readonly K[]): { [P in K]?: FieldChange<T[P]> } {
  const changes: { [P in K]?: FieldChange<T[P]> } = {};
  for (const key of keys) {
    if (!isSameValue(before[key], after[key])) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

/** Equality of JSON-shaped values (strings, numbers, null, arrays, plain objects). */
function isSameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => isSameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
