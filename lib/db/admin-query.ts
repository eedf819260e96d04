import "server-only";

import pg from "pg";

/** Runs one statement (CREATE/DROP DATABASE) on a Postgres server as its own connection. */
export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
