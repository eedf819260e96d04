/**
 * The connection a process LISTENs on. Behind PgBouncer in transaction pooling mode LISTEN does not
 * work, so DATABASE_DIRECT_URL (a direct connection to the server) wins when it is set.
 */
import "server-only";
import pg from "pg";

export function listenConnectionString(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_DIRECT_URL || env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  return url;
}

/** A new, unconnected client for LISTEN, with TCP keepalive so a dead server is noticed. */
export function createListenClient(): pg.Client {
  return new pg.Client({ connectionString: listenConnectionString(), keepAlive: true, application_name: "claimdesk-listener" });
}
