/**
 * The authorization matrix (test/authorization-matrix-table.ts) run cell by cell against the real
 * route handlers and server actions, authenticated by the real code: a session cookie made by our
 * next-auth jwt callback (a real UserSession row) or an API token made and revoked through the data
 * layer, read by requireActor. Only the request scope Next would provide is stood in for
 * (test/authorization-matrix-session.ts).
 */
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type * as NextAuthModule from "next-auth";
import { SERVER_ACTION_TOKEN_REFUSAL } from "@/lib/api/action";
import { UnauthorizedError } from "@/lib/errors";
import { closeConversionPool } from "@/lib/import/convert-in-worker";
import { stopLiveHub } from "@/lib/realtime/live-hub";
import type { ActionResult } from "@/lib/views/action";
import { discoverActions, discoverRoutes, ROOT } from "./authorization-matrix-discovery";
import { serve } from "./authorization-matrix-session";
import { ACTIONS, EXEMPT_ROUTES, ROUTES, type ActionRow, type RouteCall, type RouteRow } from "./authorization-matrix-table";
import { ACTORS, World, type ActorKey, type Status } from "./authorization-matrix-world";

// The stand-ins import the session helper when called, not when mocked: it imports lib/auth/options,
// which imports these very modules (an import at mock time would wait for itself).
vi.mock("next/headers", () => {
  const noCookies = { get: () => undefined, getAll: () => [], has: () => false, size: 0 };
  return { headers: async () => (await import("./authorization-matrix-session")).currentHeaders(), cookies: async () => noCookies };
});
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof NextAuthModule>()),
  getServerSession: async () => (await import("./authorization-matrix-session")).sessionOfServedRequest(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const routes = discoverRoutes();
const actions = discoverActions();

afterAll(async () => {
  await stopLiveHub();
  await closeConversionPool();
});

describe("the authorization matrix covers exactly what exists", () => {
  it("has a row for every route handler and method under app, and only for those", () => {
    const discovered = routes.map((route) => route.key).sort();
    const covered = [...ROUTES.map((row) => row.route), ...Object.keys(EXEMPT_ROUTES)].sort();
    expect({ missingFromTable: discovered.filter((key) => !covered.includes(key)), notARoute: covered.filter((key) => !discovered.includes(key)) }).toEqual({
      missingFromTable: [],
      notARoute: [],
    });
    expect(covered, "a route listed twice").toEqual([...new Set(covered)]);
  });

  it("has a row for every server action (the exports of a \"use server\" file), and only for those", () => {
    const discovered = actions.map((action) => action.name).sort();
    const covered = ACTIONS.map((row) => row.action).sort();
    expect(discovered, "two server actions of one name: the table cannot tell them apart").toEqual([...new Set(discovered)]);
    expect({ missingFromTable: discovered.filter((name) => !covered.includes(name)), notAnAction: covered.filter((name) => !discovered.includes(name)) }).toEqual({
      missingFromTable: [],
      notAnAction: [],
    });
  });

  it("finds the routes and actions at all (a scanner that finds nothing passes the checks above)", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map((route) => route.key)).toEqual(expect.arrayContaining(["PATCH /api/claims/:id", "GET /ns/v1"]));
    expect(actions.map((action) => action.name)).toEqual(expect.arrayContaining(["changeUserRole", "createToken"]));
  });
});

/** Imports a module of the app by its path under the project root (the table names routes, not imports). */
async function importAppModule(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
}

/**
 * A fresh world per cell, so that one cell's write never decides another's outcome; a GET (safe:
 * it writes nothing a later cell reads) shares one world across its row's cells, to keep the file fast.
 */
const rowWorlds = new Map<RouteRow, World>();
function worldFor(row: RouteRow, method: string): World {
  if (method !== "GET") return new World({ freshCast: row.freshCast });
  let world = rowWorlds.get(row);
  if (!world) rowWorlds.set(row, (world = new World({ freshCast: row.freshCast })));
  return world;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function sendCell(row: RouteRow, actor: ActorKey): Promise<{ status: number; code?: string; text: string }> {
  const route = routes.find((candidate) => candidate.key === row.route);
  if (!route) throw new Error(`${row.route} is not a route (see the coverage test)`);
  const world = worldFor(row, route.method);
  const [call, credentials] = await Promise.all([row.send ? row.send(world) : Promise.resolve<RouteCall>({}), world.credentials(actor)]);
  const params = call.params ?? {};
  const pathname = route.pattern.replace(/:(\w+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`${row.route}: no value for :${name}`);
    return encodeURIComponent(params[name]!);
  });
  const headers = new Headers({ ...credentials, ...call.headers });
  if (call.body !== undefined) headers.set("content-type", "application/json");
  const controller = new AbortController();
  const request = new Request(`http://claimdesk.test${pathname}${call.query ?? ""}`, {
    method: route.method,
    headers,
    signal: controller.signal,
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  });
  const handler = (await importAppModule(route.file))[route.method] as Handler;
  serve(request.headers);
  try {
    const response = await handler(request, { params: Promise.resolve(params) });
    if (response.headers.get("content-type")?.startsWith("text/event-stream")) {
      // A live stream stays open: close it, which gives its slot back.
      controller.abort();
      await response.body?.cancel();
      return { status: response.status, text: "" };
    }
    const text = await response.text(); // a download streams: read it all, so it finishes here
    const code = response.status >= 400 ? (JSON.parse(text) as { error?: { code?: string } }).error?.code : undefined;
    return { status: response.status, code, text };
  } finally {
    serve(new Headers());
  }
}

const ERROR_CODE: Partial<Record<Status, string>> = { 401: "unauthorized", 403: "forbidden", 404: "not_found" };

// One test per cell, named after it ("PATCH /api/claims/:id as reviewer (another's) -> 403"); a
// loop rather than it.each, whose $-interpolation would cut the names short.
describe("route handlers", () => {
  const cells = ROUTES.flatMap((row) => ACTORS.map((actor, column) => ({ row, actor: actor.key, label: actor.label, expected: row.expect[column]! })));
  for (const { row, actor, label, expected } of cells) {
    it(`${row.route} as ${label} -> ${expected}`, async () => {
      const { status, code, text } = await sendCell(row, actor);
      expect({ status, code }, `answered: ${text.slice(0, 300)}`).toEqual({ status: expected, code: ERROR_CODE[expected] });
    });
  }
});

function refusalMessage(row: ActionRow, actor: ActorKey, expected: Status): string | undefined {
  if (expected === 401) return actor === "revokedToken" ? "The API token is invalid or has been revoked." : new UnauthorizedError().message;
  // A server action is the app's form: a script's token is refused before the role is looked at.
  if (expected === 403 && actor === "editorToken") return SERVER_ACTION_TOKEN_REFUSAL;
  if (expected === 403) return row.forbidden ?? "Your role does not allow this.";
  if (expected === 404) return row.notFound;
  return undefined;
}

const ACTION_OUTCOME: Record<Status, string> = { 200: "ok", 201: "ok", 401: "refused (sign in)", 403: "refused (role)", 404: "refused (not found)" };

type Action = (input: unknown) => Promise<ActionResult<object>>;

async function callAction(row: ActionRow, actor: ActorKey): Promise<ActionResult<object>> {
  const found = actions.find((candidate) => candidate.name === row.action);
  if (!found) throw new Error(`${row.action} is not a server action (see the coverage test)`);
  const world = new World({ freshCast: row.freshCast });
  const [input, credentials] = await Promise.all([row.input(world), world.credentials(actor)]);
  // A server action is a POST of the page: it carries the browser's cookie (or a script's token).
  const headers = new Headers(credentials);
  const action = (await importAppModule(found.file))[row.action] as Action;
  serve(headers);
  try {
    return await action(input);
  } finally {
    serve(new Headers());
  }
}

describe("server actions", () => {
  const cells = ACTIONS.flatMap((row) => ACTORS.map((actor, column) => ({ row, actor: actor.key, label: actor.label, expected: row.expect[column]! })));
  for (const { row, actor, label, expected } of cells) {
    it(`server action ${row.action} as ${label} -> ${ACTION_OUTCOME[expected]}`, async () => {
      const result = await callAction(row, actor);
      const outcome = expected === 200 || expected === 201 ? { ok: true } : { ok: false, message: refusalMessage(row, actor, expected) };
      expect(result.ok ? { ok: true } : { ok: false, message: result.message }).toEqual(outcome);
    });
  }
});
