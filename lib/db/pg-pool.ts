/**
 * A plain `pg` pool beside Prisma's, for the few reads where an ORM's per-value conversion costs
 * more than the query (streaming exports of 100,000 rows). Only lib/data uses it.
 */
import "server-only";
import pg from "pg";

const globalForPool = globalThis as unknown as { claimdeskPgPool?: pg.Pool };

export function getPgPool(): pg.Pool {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set.");
  if (!globalForPool.claimdeskPgPool) {
    const pool = new pg.Pool({ connectionString, max: 4 });
    // An idle connection the server ends (a restart, an outage) is dropped and replaced on next use;
    // unheard, its error would be an uncaught exception (e2e/database-outage.spec.ts).
    pool.on("error", (error) => console.warn(`Export connections: an idle connection was lost (${error.message}); a new one is made when needed.`));
    globalForPool.claimdeskPgPool = pool;
  }
  return globalForPool.claimdeskPgPool;
}

export async function closePgPool(): Promise<void> {
  await globalForPool.claimdeskPgPool?.end();
  globalForPool.claimdeskPgPool = undefined;
}
