/** For tests that check a refused request changed nothing: how many rows each table holds, and whether any row changed. */
import "server-only";
import { getDb } from "@/lib/db/client";

type Table =
  | "articles"
  | "claims"
  | "sources"
  | "comments"
  | "reviews"
  | "tokens"
  | "users"
  | "events"
  | "presence"
  | "idempotencyKeys"
  | "sessions"
  | "mentions"
  | "signInThrottles"
  | "audit";

const TABLES: Record<Table, string> = {
  articles: "Article",
  claims: "Claim",
  sources: "Source",
  comments: "Comment",
  reviews: "Review",
  tokens: "ApiToken",
  users: "User",
  events: "Event",
  presence: "ArticlePresence",
  idempotencyKeys: "IdempotencyKey",
  sessions: "UserSession",
  mentions: "CommentMention",
  signInThrottles: "SignInThrottle",
  audit: "AuditEntry",
};

/** In one statement: the fuzz tests count before and after every request. */
export async function countRows(): Promise<Record<Table, number>> {
  const columns = Object.entries(TABLES).map(([key, table]) => `(SELECT count(*)::int FROM "${table}") AS "${key}"`);
  const [row] = await getDb().$queryRawUnsafe<Record<Table, number>[]>(`SELECT ${columns.join(", ")}`);
  return row!;
}

/**
 * One digest per table of the schema (every table, so a new one is never missed) over its rows'
 * physical versions (ctid, xmin): a row inserted, deleted or updated, even to the same values,
 * changes its table's digest; a rolled-back write leaves it as it was. It reads no row contents,
 * so it stays cheap beside megabyte articles.
 */
export async function digestRows(): Promise<Record<string, string>> {
  const db = getDb();
  const tables = await db.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
  if (tables.length === 0) return {};
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const literal = (name: string) => `'${name.replaceAll("'", "''")}'`;
  const query = tables
    .map(({ name }) => `SELECT ${literal(name)} AS name, count(*) || ':' || coalesce(md5(string_agg(ctid::text || xmin::text, ',' ORDER BY ctid)), '') AS digest FROM ${quote(name)}`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; digest: string }[]>(query);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}
