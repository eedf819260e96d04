import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function modulesIn(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.startsWith("generated"))
    .map((file) => path.join(folder, file));
}

describe('"server-only" on the data layer and the database', () => {
  // A client component that reached any of these (through a dropped `type` keyword, say) would
  // pull Prisma and the database into the browser bundle; "server-only" makes that a build error.
  it.each(["lib/data", "lib/db"])("every module of %s imports it", (folder) => {
    const modules = modulesIn(folder);
    expect(modules.length).toBeGreaterThan(10);
    const unmarked = modules.filter((file) => !/^import "server-only";$/m.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(unmarked).toEqual([]);
  });
});
