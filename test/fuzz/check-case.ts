/**
 * The properties every fuzz case must hold: never a 5xx (nor a throw past the route's own error
 * handling); a 4xx is JSON with a known `error.code`; and a refused request changes no row
 * anywhere (row counts, every table's row versions, and the target re-read through lib/data).
 */
import { inspect, isDeepStrictEqual } from "node:util";
import { vi } from "vitest";
import { countRows, digestRows } from "@/lib/data/row-counts-for-tests";
import { ERROR_CODES } from "@/lib/views/error";
import { routeContext } from "@/test/route-context";
import { buildRequest, type FuzzCase, type FuzzRoute, type RouteHandler } from "./fuzz-route";
import type { FuzzWorld } from "./fuzz-world";

export type RouteTally = { route: string; cases: number; statuses: Record<string, number>; kinds: Record<string, number>; ms: number };

type Observed = { counts: Record<string, number>; rows: Record<string, string>; target: unknown };

async function readTarget(route: FuzzRoute, world: FuzzWorld): Promise<unknown> {
  try {
    // Through JSON, so dates compare as the API shows them.
    return JSON.parse(JSON.stringify((await route.target(world)) ?? null)) as unknown;
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
}

async function observe(route: FuzzRoute, world: FuzzWorld): Promise<Observed> {
  const [counts, rows, target] = await Promise.all([countRows(), digestRows(), readTarget(route, world)]);
  return { counts, rows, target };
}

/**
 * What a refused case left is what the next case of the same route starts from, so it is not read
 * twice: re-read after an accepted case, a failure, or a few seconds (presence expires with time).
 */
const REUSE_MS = 5_000;
let lastRefused: { route: FuzzRoute; observed: Observed; at: number } | null = null;

async function observeBefore(route: FuzzRoute, world: FuzzWorld): Promise<Observed> {
  const reusable = lastRefused?.route === route && performance.now() - lastRefused.at < REUSE_MS ? lastRefused.observed : null;
  lastRefused = null;
  return reusable ?? observe(route, world);
}

/** Where two JSON values first differ, as `path: before -> after`. */
function firstDifference(before: unknown, after: unknown, path = "target"): string | null {
  if (isDeepStrictEqual(before, after)) return null;
  if (before && after && typeof before === "object" && typeof after === "object") {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const found = firstDifference((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${inspect(before, { depth: 2, breakLength: Infinity })} -> ${inspect(after, { depth: 2, breakLength: Infinity })}`;
}

function changesBetween(before: Observed, after: Observed): string[] {
  const changes: string[] = [];
  for (const [table, count] of Object.entries(before.counts)) if (after.counts[table] !== count) changes.push(`${table}: ${count} rows -> ${after.counts[table]}`);
  for (const [table, digest] of Object.entries(before.rows)) if (after.rows[table] !== digest) changes.push(`table "${table}": a row was written`);
  const target = firstDifference(before.target, after.target);
  if (target) changes.push(target);
  return changes;
}

function describeLogged(args: unknown[]): string {
  return args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : inspect(arg, { depth: 3 }))).join(" ");
}

function fail(shown: string, problem: string, logged: unknown[][] = []): never {
  const logs = logged.length ? `\nlogged by the server:\n${logged.map(describeLogged).join("\n")}` : "";
  throw new Error(`${problem}\n--- request ---\n${shown}${logs}`);
}

function expectErrorBody(shown: string, status: number, text: string, contentType: string | null) {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    fail(shown, `${status} with a body that is not JSON: ${text.slice(0, 300)}`);
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = error?.code;
  if (typeof code !== "string" || !(ERROR_CODES as readonly string[]).includes(code) || typeof error?.message !== "string") {
    fail(shown, `${status} without { error: { code, message } } (code one of ${ERROR_CODES.join(", ")}): ${text.slice(0, 300)}`);
  }
  if (!contentType?.includes("json")) fail(shown, `${status} answered as ${contentType ?? "no content type"}, not JSON`);
}

/** Sends one case and checks every property; throws (for fast-check to shrink) naming the request. */
export async function checkCase(route: FuzzRoute, world: FuzzWorld, fuzzCase: FuzzCase, tally: RouteTally): Promise<void> {
  const { request, params, shown } = await buildRequest(route, fuzzCase);
  const before = await observeBefore(route, world);
  const logged: unknown[][] = [];
  const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
  let response: Response;
  try {
    response = await (route.handler as RouteHandler)(request, routeContext(params));
  } catch (error) {
    fail(shown, `The handler threw instead of answering: ${describeLogged([error])}`, logged);
  } finally {
    spy.mockRestore();
  }
  const text = await response.text();
  const { status } = response;
  tally.cases += 1;
  tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
  tally.kinds[fuzzCase.kind] = (tally.kinds[fuzzCase.kind] ?? 0) + 1;
  if (status >= 500) fail(shown, `${status}: ${text.slice(0, 500)}`, logged);
  if (status >= 400) {
    expectErrorBody(shown, status, text, response.headers.get("content-type"));
    const after = await observe(route, world);
    const changes = changesBetween(before, after);
    if (changes.length) fail(shown, `${status} (${text.slice(0, 300)}), yet the request changed:\n  ${changes.join("\n  ")}`, logged);
    lastRefused = { route, observed: after, at: performance.now() };
  } else if (route.responds !== "csv") {
    try {
      JSON.parse(text);
    } catch {
      fail(shown, `${status} with a body that is not JSON: ${text.slice(0, 300)}`);
    }
  }
}
