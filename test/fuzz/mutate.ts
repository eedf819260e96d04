/**
 * Near-valid bodies: a valid one with one to three mutations anywhere in it (a value replaced by a
 * hostile one or by one of the wrong type, a field dropped, an unknown or prototype key added, an
 * object wrapped in an array, a number nudged past its limit), so each reaches a different check.
 */
import fc from "fast-check";
import { hostileJson, hostileKey, hostileNumber, hostileShortString, HOSTILE_DATES, HOSTILE_FRAGMENTS, HOSTILE_URLS, HOSTILE_UUIDS } from "./hostile-values";
import { JsonText, Live, Nested, Repeated } from "./templates";

type Op = "replace" | "delete" | "add" | "wrap" | "retype";
type Mutation = { op: Op; at: number; key: string; value: unknown; variant: number };

type Slot = { parent: Record<string, unknown> | unknown[] | null; key: string | number; value: unknown };

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === "object" && !(value instanceof Live) && !(value instanceof Repeated) && !(value instanceof JsonText) && !(value instanceof Nested);
}

/** A copy of the tree's containers; templates and strings are shared (they are never changed in place). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isContainer(value)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, copy(child)]));
  return value;
}

/** Every place in the tree, the root first. */
function slots(root: unknown): Slot[] {
  const found: Slot[] = [{ parent: null, key: "", value: root }];
  const visit = (node: unknown) => {
    if (!isContainer(node)) return;
    for (const [key, child] of Object.entries(node)) {
      found.push({ parent: node, key: Array.isArray(node) ? Number(key) : key, value: child });
      visit(child);
    }
  };
  visit(root);
  return found;
}

function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown) {
  // defineProperty, so `__proto__` becomes a plain key (as JSON.parse makes it) instead of the prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The same value with the wrong type or just past a limit: "1" for 1, 1.5, -1, 2^53, [x], x + NUL. */
function retyped(value: unknown, variant: number): unknown {
  if (value instanceof Live) {
    const changes: [string, (v: unknown) => unknown][] = [
      ["minus1", (v) => Number(v) - 1],
      ["plus1", (v) => Number(v) + 1],
      ["string", (v) => String(v)],
      ["negative", (v) => -Number(v)],
      ["half", (v) => Number(v) + 0.5],
      ["huge", (v) => Number(v) * 2 ** 40],
    ];
    const [label, change] = changes[variant % changes.length]!;
    return value.map(label, change);
  }
  if (typeof value === "number") return [String(value), value + 0.5, -value - 1, value * 2 ** 53, value + 1, value - 1, 2 ** 31, [value]][variant % 8];
  if (typeof value === "string") {
    // A value of a recognisable kind gets that kind's edge cases, so they reach the checks made for it.
    if (/^[+-]?\d{4,6}-\d\d-\d\d/.test(value) && variant % 2) return HOSTILE_DATES[variant % HOSTILE_DATES.length];
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value) && variant % 2) return HOSTILE_UUIDS[variant % HOSTILE_UUIDS.length];
    if (/^https?:/i.test(value) && variant % 2) return HOSTILE_URLS[variant % HOSTILE_URLS.length];
    const fragment = HOSTILE_FRAGMENTS[variant % HOSTILE_FRAGMENTS.length]!;
    return [value + fragment, fragment + value, Number(value) || 0, [value], "", value.toUpperCase(), new Repeated(value || "x", 5_000), { value }][variant % 8];
  }
  if (typeof value === "boolean") return [String(value), Number(value), [value], null][variant % 4];
  if (value === null || value === undefined) return ["null", 0, false, {}, []][variant % 5];
  if (Array.isArray(value)) return [value[0], Object.fromEntries(value.map((item, index) => [String(index), item])), [...value, ...value], []][variant % 4];
  return [Object.values(value as object), JSON.stringify(value), null][variant % 3];
}

function apply(root: unknown, mutation: Mutation, fieldNames: readonly string[]): unknown {
  const all = slots(root);
  const slot = all[mutation.at % all.length]!;
  const put = (value: unknown) => {
    if (!slot.parent) return value;
    setOwn(slot.parent, slot.key, value);
    return root;
  };
  switch (mutation.op) {
    case "replace":
      return put(copy(mutation.value));
    case "retype":
      return put(retyped(slot.value, mutation.variant));
    case "wrap":
      return put(mutation.variant % 2 ? [slot.value] : { value: slot.value });
    case "delete":
      if (!slot.parent) return undefined;
      if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
      else delete slot.parent[slot.key];
      return root;
    case "add": {
      const containers = all.filter((candidate) => isContainer(candidate.value) && !Array.isArray(candidate.value));
      const target = containers[mutation.at % Math.max(1, containers.length)]?.value as Record<string, unknown> | undefined;
      if (!target) return root;
      const key = mutation.variant % 3 === 0 && fieldNames.length ? fieldNames[mutation.variant % fieldNames.length]! : mutation.key;
      setOwn(target, key, copy(mutation.value));
      return root;
    }
  }
}

const mutationValue = fc.oneof({ weight: 3, arbitrary: hostileJson }, { weight: 1, arbitrary: hostileNumber }, { weight: 1, arbitrary: hostileShortString });

/** `base` with one to three mutations; `fieldNames` are the schema's own names, added where they do not belong. */
export function nearValid(base: fc.Arbitrary<unknown>, fieldNames: readonly string[]): fc.Arbitrary<unknown> {
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    op: fc.constantFrom<Op>("replace", "delete", "add", "wrap", "retype"),
    at: fc.nat(),
    key: hostileKey,
    value: mutationValue,
    variant: fc.nat(),
  });
  return fc
    .tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([value, mutations]) => mutations.reduce((tree, next) => apply(tree, next, fieldNames), copy(value)));
}
