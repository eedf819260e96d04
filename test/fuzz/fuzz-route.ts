/**
 * What the fuzzer knows of a route (its file, method, who may call it, what it reads, what it aims
 * at) and how a case for it is made and sent: a path id, a query string, headers and a body, each
 * mostly near-valid and sometimes plain hostile.
 */
import fc from "fast-check";
import type { z } from "zod";
import type { Actor } from "@/lib/policies/actor";
import { validInput, schemaFieldNames, type Hints } from "./from-schema";
import type { FuzzWorld } from "./fuzz-world";
import { hostileId, hostileJson, hostileRawText, rawTextNear } from "./hostile-values";
import { nearValid } from "./mutate";
import { encodePart, headerSet, hostileQuery, nearValidQuery, queryPairsOf, queryString, type HeaderSet, type QueryPair } from "./request-parts";
import { resolveText, resolveValue, type JsonText, type Live, type Repeated } from "./templates";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type FuzzRoute = {
  /** The route file, from the repository root: the coverage check matches on it. */
  file: string;
  method: Method;
  /** The URL path, `:id` standing for the path parameter. */
  path: string;
  handler: unknown;
  /** Signed in as someone the route lets in, so cases get past the role check to validation and the data layer. */
  actor: (world: FuzzWorld) => Actor;
  /** The real `:id` most cases use; ids of other kinds of record stand in for it sometimes. */
  id?: (world: FuzzWorld) => string;
  otherIds?: (world: FuzzWorld) => string[];
  body?: { schema: z.ZodType; hints?: (world: FuzzWorld) => Hints; adjust?: (valid: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown> };
  query?: { schema?: z.ZodType; hints?: (world: FuzzWorld) => Hints; keys?: readonly string[]; valid?: (world: FuzzWorld) => fc.Arbitrary<QueryPair[]> };
  idempotencyKey?: boolean;
  /** Reads If-Match (and ?version=): the target's version now. */
  version?: (world: FuzzWorld) => Live;
  /** What the request aims at, read through lib/data: it must not change when the request is refused. */
  target: (world: FuzzWorld) => Promise<unknown>;
  /** A 2xx answer's body; `csv` for the CSV exports. */
  responds?: "json" | "csv";
};

export type FuzzBody = { json: unknown } | { raw: string | Repeated | JsonText };

export type FuzzCase = {
  /** Which generators made it: body, query and id, for the summary. */
  kind: string;
  id?: string | Repeated;
  query: QueryPair[];
  headers: HeaderSet;
  body?: FuzzBody;
};

export function routeName(route: Pick<FuzzRoute, "method" | "path">): string {
  return `${route.method} ${route.path}`;
}

type Tagged<T> = { tag: string; value: T };
const tagged = <T>(tag: string, arbitrary: fc.Arbitrary<T>, weight: number) => ({ weight, arbitrary: arbitrary.map((value): Tagged<T> => ({ tag, value })) });

/** The route's valid bodies (from its schema, with hints): what near-valid bodies are mutated from. */
export function validBody(route: FuzzRoute & { body: NonNullable<FuzzRoute["body"]> }, world: FuzzWorld): fc.Arbitrary<unknown> {
  const { schema, hints, adjust } = route.body;
  return (adjust ?? ((arbitrary) => arbitrary))(validInput(schema, hints?.(world)));
}

/** The route's valid query strings, as pairs. */
export function validQuery(route: FuzzRoute & { query: NonNullable<FuzzRoute["query"]> }, world: FuzzWorld): fc.Arbitrary<QueryPair[]> {
  const spec = route.query;
  return spec.valid?.(world) ?? (spec.schema ? validInput(spec.schema, spec.hints?.(world)).map(queryPairsOf) : fc.constant<QueryPair[]>([]));
}

function bodyArbitrary(route: FuzzRoute, world: FuzzWorld): fc.Arbitrary<Tagged<FuzzBody | undefined>> {
  const none = fc.constant(undefined);
  if (route.method === "GET") return none.map((value) => ({ tag: "none", value }));
  if (!route.body) {
    return fc.oneof(tagged("none", none, 6), tagged("hostile", hostileJson.map((json) => ({ json })), 1), tagged("raw", hostileRawText.map((raw) => ({ raw })), 1));
  }
  const valid = validBody({ ...route, body: route.body }, world);
  return fc.oneof(
    tagged("valid", valid.map((json) => ({ json })), 3),
    tagged("mutated", nearValid(valid, schemaFieldNames(route.body.schema)).map((json) => ({ json })), 6),
    tagged("hostile", hostileJson.map((json) => ({ json })), 2),
    tagged("raw", hostileRawText.map((raw) => ({ raw })), 1),
    tagged("raw-near", rawTextNear(valid).map((raw) => ({ raw })), 1),
    tagged("none", none, 1),
  );
}

function queryArbitrary(route: FuzzRoute, world: FuzzWorld): fc.Arbitrary<Tagged<QueryPair[]>> {
  const spec = route.query;
  if (!spec) return fc.oneof(tagged("none", fc.constant<QueryPair[]>([]), 3), tagged("hostile", hostileQuery([]), 1));
  const keys = spec.keys ?? (spec.schema ? schemaFieldNames(spec.schema) : []);
  const valid = validQuery({ ...route, query: spec }, world);
  return fc.oneof(tagged("valid", valid, 3), tagged("mutated", nearValidQuery(valid, keys), 4), tagged("hostile", hostileQuery(keys), 2), tagged("none", fc.constant<QueryPair[]>([]), 1));
}

function idArbitrary(route: FuzzRoute, world: FuzzWorld): fc.Arbitrary<Tagged<string | Repeated | undefined>> {
  if (!route.id) return fc.constant({ tag: "", value: undefined });
  const real = route.id(world);
  return fc.oneof(tagged("", fc.constant(real), 6), tagged(" id:hostile", hostileId(real, route.otherIds?.(world) ?? []), 1));
}

/** Cases for one route: mostly near-valid, so most reach past the first check. */
export function caseArbitrary(route: FuzzRoute, world: FuzzWorld): fc.Arbitrary<FuzzCase> {
  const headers = headerSet({ body: route.method !== "GET", idempotencyKey: Boolean(route.idempotencyKey), ifMatch: Boolean(route.version), currentVersion: route.version?.(world) });
  return fc.tuple(bodyArbitrary(route, world), queryArbitrary(route, world), idArbitrary(route, world), headers).map(([body, query, id, headerValues]) => ({
    kind: `body:${body.tag} query:${query.tag}${id.tag}`,
    id: id.value,
    query: query.value,
    headers: headerValues,
    body: body.value,
  }));
}

export type BuiltRequest = { request: Request; params: Record<string, string>; shown: string };

const BASE_URL = "http://claimdesk.test";

/** Shows a sent text in a failure message: its length, and its start when long. */
function preview(text: string, max = 600): string {
  return text.length > max ? `${JSON.stringify(text.slice(0, max))}... (${text.length} characters)` : JSON.stringify(text);
}

/** The request a case stands for, with live values read now, and how to show it in a failure. */
export async function buildRequest(route: FuzzRoute, fuzzCase: FuzzCase): Promise<BuiltRequest> {
  const id = fuzzCase.id === undefined ? undefined : await resolveText(fuzzCase.id);
  const query = await queryString(fuzzCase.query);
  const url = `${BASE_URL}${id === undefined ? route.path : route.path.replace(":id", encodePart(id))}${query ? `?${query}` : ""}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(fuzzCase.headers)) if (value !== undefined) headers.set(name, await resolveText(value));
  let text: string | undefined;
  if (fuzzCase.body && "json" in fuzzCase.body) text = JSON.stringify(await resolveValue(fuzzCase.body.json)) ?? "";
  else if (fuzzCase.body) text = await resolveText(fuzzCase.body.raw);
  // Bytes, not a string: a string body would get a text/plain content type the case did not choose.
  const request = new Request(url, { method: route.method, headers, ...(text === undefined ? {} : { body: new TextEncoder().encode(text) }) });
  const shownHeaders = [...headers].map(([name, value]) => `${name}: ${preview(value, 120)}`).join(", ");
  const shown = [
    `${route.method} ${preview(url, 400)}`,
    `params: ${preview(JSON.stringify(id === undefined ? {} : { id }), 200)}`,
    `headers: ${shownHeaders || "(none)"}`,
    `body: ${text === undefined ? "(none)" : preview(text)}`,
  ].join("\n");
  return { request, params: id === undefined ? {} : { id }, shown };
}
