/**
 * Values a fuzz case holds that are only made when it is sent: the version a record has *now*
 * (so a near-valid edit is not stale just because an earlier case succeeded), megabyte strings
 * (printed in a counterexample as their recipe, not their bytes), and raw JSON text derived from
 * a value (truncated, a key duplicated), nesting thousands of levels deep.
 */
import fc from "fast-check";

/** A value read when the case is sent, e.g. a claim's current version; `map` derives a wrong one from it. */
export class Live {
  constructor(
    readonly label: string,
    readonly read: () => Promise<unknown>,
  ) {}

  map(label: string, change: (value: unknown) => unknown): Live {
    return new Live(`${label}(${this.label})`, async () => change(await this.read()));
  }

  [fc.toStringMethod](): string {
    return `live(${this.label})`;
  }
}

/** `unit` repeated `times` times between `prefix` and `suffix`: a huge string that prints small. */
export class Repeated {
  constructor(
    readonly unit: string,
    readonly times: number,
    readonly prefix = "",
    readonly suffix = "",
  ) {}

  text(): string {
    return this.prefix + this.unit.repeat(this.times) + this.suffix;
  }

  [fc.toStringMethod](): string {
    return `repeat(${JSON.stringify(this.prefix)} + ${JSON.stringify(this.unit)} x ${this.times} + ${JSON.stringify(this.suffix)})`;
  }
}

/** `[[[leaf]]]` or `{"a":{"a":leaf}}` `depth` levels deep: built when sent (printing or walking it would overflow the stack). */
export class Nested {
  constructor(
    readonly depth: number,
    readonly kind: "array" | "object",
    readonly leaf: unknown,
  ) {}

  build(leaf: unknown): unknown {
    let value = leaf;
    for (let level = 0; level < this.depth; level++) value = this.kind === "array" ? [value] : Object.fromEntries([["a", value]]);
    return value;
  }

  [fc.toStringMethod](): string {
    return `nested(${this.kind} x ${this.depth}, ${fc.stringify(this.leaf)})`;
  }
}

/** The JSON text of `value`, then edited (cut short, a key doubled): raw bodies near a valid one. */
export class JsonText {
  constructor(
    readonly label: string,
    readonly value: unknown,
    readonly edit: (text: string) => string,
  ) {}

  [fc.toStringMethod](): string {
    return `${this.label}(${fc.stringify(this.value)})`;
  }
}

/** The plain value of a template tree: Live values read, Repeated strings expanded; keys kept as own properties. */
export async function resolveValue(value: unknown): Promise<unknown> {
  if (value instanceof Live) return resolveValue(await value.read());
  if (value instanceof Repeated) return value.text();
  if (value instanceof Nested) return value.build(await resolveValue(value.leaf));
  if (value instanceof JsonText) return value.edit(JSON.stringify(await resolveValue(value.value)) ?? "");
  if (Array.isArray(value)) return Promise.all(value.map(resolveValue));
  if (value !== null && typeof value === "object") {
    const entries = await Promise.all(Object.entries(value).map(async ([key, child]) => [key, await resolveValue(child)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

/** A template resolved to text (a header value, a raw body, a query string). */
export async function resolveText(value: unknown): Promise<string> {
  const resolved = await resolveValue(value);
  return typeof resolved === "string" ? resolved : String(resolved);
}
