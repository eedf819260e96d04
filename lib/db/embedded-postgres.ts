/**
 * Embedded Postgres: PGlite served over the Postgres wire protocol, so the app talks to it through
 * the same `pg` driver adapter it uses for a real server.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void>; dump: () => Promise<Blob> };

/**
 * Starts PGlite on a free loopback port. Without `dataDir` the database lives in memory;
 * `snapshot` (from `dump()`) starts it as a copy of another database (how tests skip migrating).
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; snapshot?: Blob } = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.snapshot ? { loadDataDir: options.snapshot } : {}),
  });
  // Several connections: with pglite-socket's default of one, parallel queries fail (P1017).
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 32 });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    dump: () => db.dumpDataDir("none"),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
