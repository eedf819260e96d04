/** The SQL that would bring a database built from prisma/migrations up to schema.prisma. */
import "server-only";
import { randomBytes } from "node:crypto";
import { adminQuery } from "./admin-query";
import { NO_FILTERS } from "./migrate";
import { readMigrations, readSchema, SCHEMA_PATH, type MigrationList } from "./migrations-folder";
import { withSchemaEngine, type ShadowDatabase } from "./schema-engine";
import { startThrowawayPostgres } from "./throwaway-postgres";

/**
 * Returns "" when the migrations already produce exactly the schema. Works on throwaway databases
 * made on the server at `adminUrl`, or (without one) on a throwaway embedded server of its own.
 */
export async function diffMigrationsToSchema(
  options: { schema?: string; migrations?: MigrationList; adminUrl?: string } = {},
): Promise<string> {
  const schema = options.schema ?? readSchema();
  const migrations = options.migrations ?? readMigrations();
  const server = options.adminUrl ? undefined : await startThrowawayPostgres();
  const adminUrl = options.adminUrl ?? server!.adminUrl;
  const main = await createScratchDatabase(adminUrl);
  try {
    return await withSchemaEngine(
      { url: main.url, schema, schemaPath: SCHEMA_PATH, openShadow: () => createScratchDatabase(adminUrl) },
      async (engine) => {
        const result = await engine.diff({
          from: migrations.migrationDirectories.length ? { tag: "migrations", ...migrations } : { tag: "empty" },
          to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
          script: true,
          exitCode: true,
          filters: NO_FILTERS,
        });
        return result.exitCode === 2 ? (result.stdout ?? "") : "";
      },
    );
  } finally {
    await main.stop();
    await server?.stop();
  }
}

async function createScratchDatabase(adminUrl: string): Promise<ShadowDatabase> {
  const name = `claimdesk_diff_${randomBytes(5).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), stop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
