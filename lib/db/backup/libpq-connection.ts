/**
 * A connection url as PostgreSQL's own tools (libpq) take it: the password moves to PGPASSWORD,
 * so it never shows in a process list, and only the query parameters libpq knows are kept
 * (Prisma's `schema`, `connection_limit` and the like would make it refuse the url).
 */
import "server-only";

const LIBPQ_PARAMETERS = new Set([
  "sslmode",
  "sslrootcert",
  "sslcert",
  "sslkey",
  "sslpassword",
  "application_name",
  "connect_timeout",
  "options",
  "target_session_attrs",
  "channel_binding",
]);
const LIBPQ_SSLMODES = new Set(["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]);

export function toLibpqConnection(url: string): { url: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const key of [...parsed.searchParams.keys()]) {
    const value = parsed.searchParams.get(key) ?? "";
    if (!LIBPQ_PARAMETERS.has(key) || (key === "sslmode" && !LIBPQ_SSLMODES.has(value))) parsed.searchParams.delete(key);
  }
  return { url: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** host:port/database, for messages (never the password). */
export function describeServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}${decodeURIComponent(parsed.pathname)}`;
}
