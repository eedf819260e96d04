import { describe, expect, inject, it } from "vitest";
import { readSchema } from "./migrations-folder";
import { diffMigrationsToSchema } from "./schema-diff";

// Each diff replays prisma/migrations into throwaway databases on the run's server, which takes a few seconds.
const { adminUrl } = inject("testDatabaseServer");
const DIFF_TIMEOUT_MS = 120_000;

describe("prisma/migrations against schema.prisma", () => {
  it("has no drift: the committed migrations build exactly the committed schema", { timeout: DIFF_TIMEOUT_MS }, async () => {
    expect(await diffMigrationsToSchema({ adminUrl })).toBe("");
  });

  it("reports the SQL for a column the migrations lack", { timeout: DIFF_TIMEOUT_MS }, async () => {
    const schema = readSchema();
    const modified = schema.replace(/^model User \{\n/m, "model User {\n  nickname     String?\n");
    expect(modified).not.toBe(schema);
    const diff = await diffMigrationsToSchema({ schema: modified, adminUrl });
    expect(diff).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
  });
});
