/** The SQL that would bring a database built from prisma/migrations up to schema.prisma. */
import { startEmbeddedPostgres } from "./embedded-postgres";
import { NO_FILTERS } from "./migrate";
import { readMigrations, readSchema, SCHEMA_PATH, type MigrationList } from "./migrations-folder";
import { withSchemaEngine } from "./schema-engine";

/** Returns "" when the migrations already produce exactly the schema. Uses throwaway in-memory databases. */
export async function diffMigrationsToSchema(
  options: { schema?: string; migrations?: MigrationList } = {},
): Promise<string> {
  const schema = options.schema ?? readSchema();
  const migrations = options.migrations ?? readMigrations();
  const main = await startEmbeddedPostgres();
  try {
    return await withSchemaEngine(
      { url: main.url, schema, schemaPath: SCHEMA_PATH, openShadow: () => startEmbeddedPostgres() },
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
  }
}
