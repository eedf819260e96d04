/** Applies committed migrations, recording them in `_prisma_migrations` exactly as `prisma migrate deploy` does. */
import "server-only";
import { readMigrations, readSchema, SCHEMA_PATH } from "./migrations-folder";
import { withSchemaEngine } from "./schema-engine";

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function migrateDatabase(url: string): Promise<string[]> {
  const migrationsList = readMigrations();
  return withSchemaEngine({ url, schema: readSchema(), schemaPath: SCHEMA_PATH }, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}
