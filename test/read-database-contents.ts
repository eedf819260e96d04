/** Everything a restore must reproduce, read with plain SQL so two databases compare with toEqual. */
import pg from "pg";

export type DatabaseContents = {
  /** Every table of the current schema but the migrations' bookkeeping: its rows as text, sorted. */
  rows: Record<string, string[]>;
  migrations: { name: string; checksum: string }[];
  /** Columns with their types, constraints, indexes and triggers. */
  schema: string[];
};

export async function readDatabaseContents(url: string): Promise<DatabaseContents> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1",
    );
    const rows: Record<string, string[]> = {};
    for (const { name } of tables) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const result = await client.query<{ row: string }>(`SELECT t::text AS row FROM ${quoted} t ORDER BY 1`);
      rows[name] = result.rows.map((row) => row.row);
    }
    const { rows: migrations } = await client.query<{ name: string; checksum: string }>(
      "SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1",
    );
    const { rows: schema } = await client.query<{ line: string }>(`
      SELECT format('column %s.%s %s %s %s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid)) AS line
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      UNION ALL
      SELECT format('constraint %s %s', conname, pg_get_constraintdef(oid)) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
      UNION ALL
      SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = current_schema()
      UNION ALL
      SELECT format('trigger %s', pg_get_triggerdef(oid)) FROM pg_trigger WHERE NOT tgisinternal
      ORDER BY 1`);
    return { rows, migrations, schema: schema.map((row) => row.line) };
  } finally {
    await client.end();
  }
}
