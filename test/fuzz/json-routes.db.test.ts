/**
 * Fuzzing every JSON route handler with fast-check (issue 13): malformed and hostile bodies,
 * query strings, headers and path ids, mixed with near-valid inputs derived from each route's
 * schema. Properties: never a 5xx; a 4xx is JSON with `error.code`; a refused request changes no
 * row (counts, every table's row versions, the target re-read through lib/data).
 *
 * FUZZ_RUNS cases per route (25 by default; `npm run bench -- fuzz` runs 1,000); FUZZ_SUMMARY=path
 * writes per-route counts and statuses as JSON. A failure prints the shrunk counterexample, the
 * request it stands for, and its seed and path (test/fuzz/known-counterexamples.ts keeps the ones
 * found, sent first on every run); replay one with
 *   FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run --project db test/fuzz/json-routes.db.test.ts -t "<METHOD /api/...>"
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { searchParamsToObject } from "@/lib/validation/export";
import { signInAs } from "@/test/mock-session";
import { checkCase, type RouteTally } from "./check-case";
import { caseArbitrary, routeName, validBody, validQuery, type FuzzCase } from "./fuzz-route";
import { buildFuzzWorld, type FuzzWorld } from "./fuzz-world";
import { queryString } from "./request-parts";
import { KNOWN_COUNTEREXAMPLES } from "./known-counterexamples";
import { handlersOnDisk } from "./route-coverage";
import { FUZZ_ROUTES, OUT_OF_SCOPE } from "./route-table";
import { resolveValue } from "./templates";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const REPLAY = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED), path: process.env.FUZZ_PATH } : {};
/** Generous: a case is a request and a few reads (a megabyte import about a second); shrinking a failure takes more. */
const ROUTE_TIMEOUT_MS = 60_000 + RUNS * 500;

let world: FuzzWorld;
const tallies: RouteTally[] = [];

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_SECRET", "fuzz-secret-for-sealing-0123456789abcdef");
  world = await buildFuzzWorld();
});

/** Rewritten after each route, so the bench can show progress. */
function writeSummary() {
  if (process.env.FUZZ_SUMMARY) writeFileSync(process.env.FUZZ_SUMMARY, JSON.stringify({ runsPerRoute: RUNS, routes: tallies }, null, 2));
}

afterAll(() => {
  vi.unstubAllEnvs();
  writeSummary();
});

describe("the fuzz table", () => {
  const onDisk = handlersOnDisk(path.resolve(import.meta.dirname, "../.."));
  const inTable = new Map(FUZZ_ROUTES.map((route) => [`${route.method} ${route.file}`, route]));

  it("has every route handler under app that takes input, and what it reads", () => {
    expect(onDisk.length).toBeGreaterThan(30);
    const problems = onDisk.flatMap(({ key, reads }) => {
      if (key in OUT_OF_SCOPE || !reads.anyInput) return [];
      const route = inTable.get(key);
      if (!route) return [`${key}: not in test/fuzz/route-table.ts`];
      return [
        reads.body && !route.body ? `${key}: reads a body, the table sends none derived from its schema` : "",
        reads.query && !route.query ? `${key}: reads the query string, the table has no query for it` : "",
        reads.idempotencyKey && !route.idempotencyKey ? `${key}: reads Idempotency-Key, the table does not send it` : "",
        reads.version && !route.version ? `${key}: reads If-Match, the table does not send it` : "",
      ].filter(Boolean);
    });
    expect(problems).toEqual([]);
  });

  it("names only handlers that exist, each once, and the same function the route file exports", async () => {
    expect(Object.keys(KNOWN_COUNTEREXAMPLES).filter((name) => !FUZZ_ROUTES.some((route) => routeName(route) === name))).toEqual([]);
    const keys = new Set(onDisk.map((handler) => handler.key));
    expect(FUZZ_ROUTES.map((route) => `${route.method} ${route.file}`).filter((key) => !keys.has(key))).toEqual([]);
    expect(inTable.size).toBe(FUZZ_ROUTES.length);
    for (const route of FUZZ_ROUTES) {
      const exported = ((await import(/* @vite-ignore */ `@/${route.file.replace(/\.ts$/, "")}`)) as Record<string, unknown>)[route.method];
      expect(exported, routeName(route)).toBe(route.handler);
    }
    expect(Object.keys(OUT_OF_SCOPE).filter((key) => !keys.has(key))).toEqual([]);
  });

  // The base must be valid, or every "near-valid" case is refused at the first check and nothing deeper is fuzzed.
  it.each(FUZZ_ROUTES.filter((route) => route.body || route.query?.schema).map((route) => [routeName(route), route] as const))("%s: its valid inputs pass the route's schema", async (_name, route) => {
    if (route.body) {
      const { schema } = route.body;
      await fc.assert(fc.asyncProperty(validBody({ ...route, body: route.body }, world), async (input) => {
        expect(schema.safeParse(await resolveValue(input)).error).toBeUndefined();
      }), { numRuns: 30 });
    }
    if (route.query?.schema) {
      const { schema } = route.query;
      await fc.assert(
        fc.asyncProperty(validQuery({ ...route, query: route.query }, world), async (pairs) => {
          const query = searchParamsToObject(new URL(`http://claimdesk.test/?${await queryString(pairs)}`).searchParams);
          expect(schema.safeParse(query).error).toBeUndefined();
        }),
        { numRuns: 30 },
      );
    }
  });
});

describe(`fuzzing, ${RUNS} cases a route`, () => {
  it.each(FUZZ_ROUTES.map((route) => [routeName(route), route] as const))(
    "%s: never a 5xx, errors as JSON, and nothing changed by a refused request",
    async (name, route) => {
      const tally: RouteTally = { route: name, cases: 0, statuses: {}, kinds: {}, ms: 0 };
      tallies.push(tally);
      signInAs(route.actor(world));
      const started = performance.now();
      try {
        await fc.assert(
          fc.asyncProperty(caseArbitrary(route, world), (fuzzCase) => checkCase(route, world, fuzzCase, tally)),
          { numRuns: RUNS, examples: (KNOWN_COUNTEREXAMPLES[name]?.(world) ?? []).map((known): [FuzzCase] => [known]), ...REPLAY },
        );
      } finally {
        tally.ms = Math.round(performance.now() - started);
        writeSummary();
      }
    },
    ROUTE_TIMEOUT_MS,
  );
});
