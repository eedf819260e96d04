/** Applies committed migrations, recording them in `_prisma_migrations` exactly as `prisma migrate deploy` does. */
import "server-only";
import { readMigrations, readSchema, SCHEMA_PATH } from "./migrations-folder";
import { withSchemaEngine } from "./schema-engine";

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Every committed migration, or with `only`, just those named (a restore rebuilds a backup's schema state). */
export async function migrateDatabase(url: string, options: { only?: readonly string[] } = {}): Promise<string[]> {
  const all = readMigrations();
  const { only } = options;
  const migrationsList = only ? { ...all, migrationDirectories: all.migrationDirectories.filter((migration) => only.includes(migration.path)) } : all;
  return withSchemaEngine({ url, schema: readSchema(), schemaPath: SCHEMA_PATH }, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}

/** The names of the committed migrations (prisma/migrations' folders), oldest first. */
export function listMigrationNames(): string[] {
  return readMigrations().migrationDirectories.map((migration) => migration.path);
}
