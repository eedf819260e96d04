/** What a backup needs to know about the database's schema (its current schema, `public` by default). */
import "server-only";
import type pg from "pg";

export type TableInfo = { name: string; columns: string[] };

/** Prisma's migration bookkeeping: the backup records its state in its header, not as a table. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

const SCHEMA_OID = "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())";

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function readServerMajor(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ version: number }>("SELECT current_setting('server_version_num')::int AS version");
  return Math.floor(rows[0]!.version / 10_000);
}

/** The app's tables with their columns (stored ones: COPY cannot load generated columns), parents before children. */
export async function listTablesInLoadOrder(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ oid: number; name: string; columns: string[] }>(
    `SELECT c.oid::int AS oid, c.relname AS name,
            array(SELECT a.attname::text FROM pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                  ORDER BY a.attnum) AS columns
       FROM pg_class c
      WHERE c.relnamespace = ${SCHEMA_OID} AND c.relkind = 'r' AND NOT c.relispartition AND c.relname <> $1
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const { rows: references } = await client.query<{ child: number; parent: number }>(
    `SELECT conrelid::int AS child, confrelid::int AS parent FROM pg_constraint WHERE contype = 'f' AND connamespace = ${SCHEMA_OID}`,
  );
  const names = new Map(tables.map((table) => [table.oid, table.name]));
  const edges = references.flatMap(({ child, parent }) => (names.has(child) && names.has(parent) ? [{ child: names.get(child)!, parent: names.get(parent)! }] : []));
  const order = orderParentsFirst(tables.map((table) => table.name), edges);
  const byName = new Map(tables.map((table) => [table.name, { name: table.name, columns: table.columns }]));
  return order.map((name) => byName.get(name)!);
}

/**
 * Tables sorted so that every table comes after the tables its foreign keys point at (a table's
 * references to itself do not count: COPY checks them at the end of its statement). Ties keep
 * name order, so the same schema always gives the same order.
 */
export function orderParentsFirst(names: string[], edges: { child: string; parent: string }[]): string[] {
  const parents = new Map(names.map((name) => [name, new Set<string>()]));
  for (const { child, parent } of edges) if (child !== parent) parents.get(child)?.add(parent);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < names.length) {
    const ready = names.filter((name) => !placed.has(name) && [...parents.get(name)!].every((parent) => placed.has(parent)));
    if (ready.length === 0) {
      const left = names.filter((name) => !placed.has(name));
      throw new Error(`The tables ${left.join(", ")} refer to each other in a cycle, which a backup cannot order.`);
    }
    for (const name of ready) {
      order.push(name);
      placed.add(name);
    }
  }
  return order;
}

/** The columns whose default draws from a sequence (serial, identity), with the sequence's position. */
export async function readSequenceStates(client: pg.ClientBase): Promise<{ table: string; column: string; lastValue: string; isCalled: boolean }[]> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(c.oid::regclass::text, a.attname) AS sequence
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE c.relnamespace = ${SCHEMA_OID} AND c.relkind = 'r' AND c.relname <> $1
        AND pg_get_serial_sequence(c.oid::regclass::text, a.attname) IS NOT NULL
      ORDER BY 1, 2`,
    [MIGRATIONS_TABLE],
  );
  const states = [];
  for (const { table, column, sequence } of rows) {
    const { rows: position } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${sequence}`);
    states.push({ table, column, lastValue: position[0]!.last_value, isCalled: position[0]!.is_called });
  }
  return states;
}

/** The migrations recorded as applied, oldest first; a database Claimdesk never migrated has none to give. */
export async function readAppliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows: found } = await client.query(`SELECT 1 FROM pg_class WHERE relnamespace = ${SCHEMA_OID} AND relname = $1`, [MIGRATIONS_TABLE]);
  if (found.length === 0) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${quoteIdentifier(MIGRATIONS_TABLE)} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

/** Rows per table, for a report or a check after a restore. */
export async function countRowsPerTable(client: pg.ClientBase, tables: string[]): Promise<{ name: string; rows: number }[]> {
  if (tables.length === 0) return [];
  const query = tables.map((name, index) => `SELECT ${index} AS i, count(*)::int AS rows FROM ${quoteIdentifier(name)}`).join(" UNION ALL ");
  const { rows } = await client.query<{ i: number; rows: number }>(query);
  const counts = new Map(rows.map((row) => [row.i, row.rows]));
  return tables.map((name, index) => ({ name, rows: counts.get(index) ?? 0 }));
}
