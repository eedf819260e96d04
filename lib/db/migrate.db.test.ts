import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "./client";
import { MIGRATIONS_DIR } from "./migrations-folder";

type MigrationRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

describe("migrateDatabase (run by test/db-setup.ts on this file's database)", () => {
  it("records each migration folder in _prisma_migrations as prisma migrate deploy does", async () => {
    const folders = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders.length).toBeGreaterThan(0);

    const rows = await getDb().$queryRaw<MigrationRow[]>`
      SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`;

    expect(rows).toEqual(
      folders.map((name) => ({
        migration_name: name,
        checksum: createHash("sha256").update(readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"))).digest("hex"),
        finished_at: expect.any(Date),
        rolled_back_at: null,
      })),
    );
  });
});
