/**
 * A restore goes only into an empty database (nothing of its own in the current schema), so it
 * never overwrites data. If the load fails, what the restore made is removed again, leaving the
 * database as empty as it was.
 */
import "server-only";
import type pg from "pg";

/** kind is the object's keyword in DROP: TABLE, VIEW, SEQUENCE, TYPE, FUNCTION, ... */
type SchemaObject = { kind: string; name: string };

export class TargetNotEmptyError extends Error {}

const SCHEMA_OID = "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())";
/** Objects an extension installed belong to the extension, not to the database's content. */
const notFromExtension = (oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oid} AND d.deptype = 'e')`;

/** Relations (tables, views, sequences), types (enums, domains, ranges, composites) and functions, by name. */
export async function listSchemaObjects(client: pg.ClientBase): Promise<SchemaObject[]> {
  const { rows } = await client.query<SchemaObject>(
    `SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                           WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END AS kind,
            c.oid::regclass::text AS name
       FROM pg_class c
      WHERE c.relnamespace = ${SCHEMA_OID} AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND ${notFromExtension("c.oid")}
        -- a serial or identity column's sequence goes with its table
        AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
     UNION ALL
     SELECT 'TYPE', t.oid::regtype::text FROM pg_type t
      WHERE t.typnamespace = ${SCHEMA_OID} AND ${notFromExtension("t.oid")}
        AND (t.typtype IN ('e', 'd', 'r', 'm') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
     UNION ALL
     SELECT 'FUNCTION', p.oid::regprocedure::text FROM pg_proc p
      WHERE p.pronamespace = ${SCHEMA_OID} AND ${notFromExtension("p.oid")}
     ORDER BY 1, 2`,
  );
  return rows;
}

/** Throws a TargetNotEmptyError naming what the database already holds and how to get an empty one. */
export async function assertEmptyDatabase(client: pg.ClientBase, where: string): Promise<void> {
  const { rows } = await client.query<{ schema: string | null }>("SELECT current_schema() AS schema");
  if (!rows[0]?.schema) throw new Error(`${where} has no schema to restore into (its search_path names none that exists).`);
  const objects = await listSchemaObjects(client);
  if (objects.length === 0) return;
  const tables = objects.filter((object) => object.kind === "TABLE").map((object) => object.name);
  const shown = (tables.length ? tables : objects.map((object) => object.name)).slice(0, 5).join(", ");
  throw new TargetNotEmptyError(
    `${where} is not empty (schema "${rows[0].schema}" holds ${objects.length} objects: ${shown}${objects.length > 5 ? ", ..." : ""}). ` +
      "A restore goes only into an empty database, so it never overwrites data. Restore into a new database " +
      "(createdb claimdesk_restored, then DATABASE_URL=.../claimdesk_restored), or, for the embedded database, " +
      "into a fresh folder (move the old one aside: mv .data .data-before-restore, or set CLAIMDESK_DATA_DIR).",
  );
}

/** Drops every object of the current schema, in one transaction: only for a database that was empty before the restore began. */
export async function dropSchemaObjects(client: pg.ClientBase): Promise<void> {
  await client.query("BEGIN");
  try {
    // IF EXISTS: an earlier drop's CASCADE may have taken an object with it.
    for (const object of await listSchemaObjects(client)) await client.query(`DROP ${object.kind} IF EXISTS ${object.name} CASCADE`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
