/**
 * The route handlers on disk and what each reads from the request, found in its source: the fuzz
 * table is checked against them, so a new route (or a route that starts reading a body, a query
 * string or a header) cannot go unfuzzed without the coverage test saying so.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Reads = { body: boolean; query: boolean; idempotencyKey: boolean; version: boolean; anyInput: boolean };
export type HandlerOnDisk = { key: string; file: string; method: string; reads: Reads };

const METHODS = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS";
const EXPORTED = new RegExp(`export\\s+(?:const|async\\s+function|function)\\s+(${METHODS})\\b`, "g");
const RE_EXPORT_LIST = /export\s*\{([^}]*)\}/g;
const RE_EXPORTED = new RegExp(`\\bas\\s+(${METHODS})\\b`, "g");

function routeFiles(root: string, dir = "app"): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return routeFiles(root, relative);
    return entry.name === "route.ts" ? [relative] : [];
  });
}

function readsOf(section: string): Reads {
  const body = /parseJsonBody|parseNewArticle|parseArticleEdit|request\.(?:json|text|formData|arrayBuffer|blob|body)\b/.test(section);
  const query = /searchParams|parseExpectedVersion/.test(section);
  const idempotencyKey = /readIdempotencyKey|idempotency-key/i.test(section);
  const version = /parseExpectedVersion|if-match/i.test(section);
  // `export function GET()` takes nothing at all: no request, no params.
  const takesNothing = /^export\s+(?:async\s+)?function\s+\w+\s*\(\s*\)/.test(section);
  return { body, query, idempotencyKey, version, anyInput: !takesNothing };
}

/** Each exported method of each app/**\/route.ts (the API, and public documents such as /ns/v1), with the slice of source up to the next export as its handler. */
export function handlersOnDisk(root: string): HandlerOnDisk[] {
  return routeFiles(root).flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const starts = [...source.matchAll(EXPORTED)].map((match) => ({ method: match[1]!, at: match.index }));
    const found = starts.map(({ method, at }, index) => {
      const section = source.slice(at, starts[index + 1]?.at ?? source.length);
      return { key: `${method} ${file}`, file, method, reads: readsOf(section) };
    });
    // `export { handler as GET }`: what it reads cannot be told from here, so it counts as reading everything.
    const everything: Reads = { body: true, query: true, idempotencyKey: true, version: true, anyInput: true };
    const lists = [...source.matchAll(RE_EXPORT_LIST)].map((list) => list[1]!).join(",");
    for (const match of lists.matchAll(RE_EXPORTED)) found.push({ key: `${match[1]} ${file}`, file, method: match[1]!, reads: everything });
    return found;
  });
}
