/**
 * The app's embedded database in CLAIMDESK_DATA_DIR: the folder locked for this process, a PGlite
 * folder of an earlier version moved aside, and the PostgreSQL server started on `<dataDir>/postgres`.
 */
import "server-only";
import path from "node:path";
import { lockDataDir, movePgliteFolderAside } from "./data-dir";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type EmbeddedDatabase = {
  url: string;
  /** Lines worth telling the person who started the app (what was found and done). */
  notices: string[];
  stop: () => Promise<void>;
};

export async function openEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const release = lockDataDir(dataDir);
  const shown = (file: string) => path.relative(process.cwd(), file) || ".";
  try {
    const notices: string[] = [];
    const movedTo = movePgliteFolderAside(dataDir);
    if (movedTo) {
      notices.push(
        `found the PGlite database of an earlier Claimdesk in ${shown(path.join(dataDir, "pglite"))}; it held only demo data, ` +
          `so it was moved to ${shown(movedTo)} (delete it when you like) and a fresh PostgreSQL database is made.`,
      );
    }
    const server = await startEmbeddedPostgres({ dir: path.join(dataDir, "postgres"), database: "claimdesk" });
    if (server.startup.leftover === "stopped") notices.push("stopped a PostgreSQL server that an earlier, killed Claimdesk left running on this folder.");
    if (server.startup.initialised) notices.push(`made a new PostgreSQL 15 database in ${shown(path.join(dataDir, "postgres"))}.`);
    notices.push(`embedded PostgreSQL in ${shown(dataDir)}, listening on 127.0.0.1:${server.port}.`);
    return {
      url: server.url,
      notices,
      stop: async () => {
        try {
          await server.stop();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
