/**
 * What the authorization matrix must cover, read from the source tree rather than listed by hand:
 * every HTTP method exported by a `route.ts` anywhere under app (the API, and public documents such
 * as the JSON-LD context at /ns/v1), and every export of a "use server" file.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

/** One route handler: `"PATCH /api/claims/:id"`, and the file that exports it. */
export type DiscoveredRoute = { key: string; method: Method; pattern: string; file: string };
/** One server action: `"changeUserRole"` and its file. */
export type DiscoveredAction = { name: string; file: string };

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** The names a module exports as values: `export const X`, `export async function X`, `export { a as X }`. */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^\s*export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/gm)) names.add(match[1]!);
  for (const match of source.matchAll(/^\s*export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/gm)) names.add(match[1]!);
  for (const match of source.matchAll(/^\s*export\s*\{([^}]*)\}/gm)) {
    for (const specifier of match[1]!.split(",")) {
      const name = specifier.trim().split(/\s+as\s+/).at(-1)?.trim();
      if (name && !name.startsWith("type ")) names.add(name);
    }
  }
  return [...names];
}

/** `app/api/claims/[id]/route.ts` -> `/api/claims/:id` (a catch-all `[...x]` -> `:x*`). */
export function routePattern(file: string): string {
  const folder = file.replace(/^app/, "").replace(/\/route\.tsx?$/, "");
  return folder
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment)) // route groups are not in the URL
    .map((segment) => segment.replace(/^\[\.\.\.(.+)\]$/, ":$1*").replace(/^\[\[\.\.\.(.+)\]\]$/, ":$1*").replace(/^\[(.+)\]$/, ":$1"))
    .join("/");
}

export function discoverRoutes(): DiscoveredRoute[] {
  return filesUnder("app")
    .filter((file) => /\/route\.tsx?$/.test(file))
    .flatMap((file) => {
      const pattern = routePattern(file);
      const methods = exportedNames(readFileSync(path.join(ROOT, file), "utf8")).filter((name): name is Method => (METHODS as readonly string[]).includes(name));
      return methods.map((method) => ({ key: `${method} ${pattern}`, method, pattern, file }));
    });
}

/** A module whose first statement is the "use server" directive (comments before it allowed). */
export function isUseServerModule(source: string): boolean {
  const code = source.replace(/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(code);
}

export function discoverActions(): DiscoveredAction[] {
  return ["app", "lib", "components"]
    .flatMap(filesUnder)
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .filter((file) => isUseServerModule(readFileSync(path.join(ROOT, file), "utf8")))
    .flatMap((file) => exportedNames(readFileSync(path.join(ROOT, file), "utf8")).map((name) => ({ name, file })));
}
