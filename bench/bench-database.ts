/**
 * A database made for one benchmark run: by default a new database on the PostgreSQL server at
 * BENCH_DATABASE_URL (the local server if unset), as in production; with BENCH_EMBEDDED=1 a
 * throwaway embedded PostgreSQL server like the one `npm run dev` starts, which shares the
 * benchmark's CPU (also the fallback, where allowed, when no server answers).
 */
import { randomBytes } from "node:crypto";
import { adminQuery } from "@/lib/db/admin-query";
import { startThrowawayPostgres } from "@/lib/db/throwaway-postgres";

export type BenchDatabase = { url: string; label: string; drop: () => Promise<void> };

export async function createBenchDatabase(options: { allowEmbedded?: boolean } = {}): Promise<BenchDatabase> {
  if (options.allowEmbedded && process.env.BENCH_EMBEDDED === "1") return embeddedDatabase();
  const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `claimdesk_bench_${randomBytes(3).toString("hex")}`;
  try {
    await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  } catch (error) {
    // A machine without a PostgreSQL server (a newcomer's laptop) can still run what allows it.
    if (!options.allowEmbedded || !isUnreachable(error)) throw error;
    console.log(`(no PostgreSQL server at ${new URL(adminUrl).host}: using a throwaway embedded server)`);
    return embeddedDatabase();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: `PostgreSQL at ${url.host}`,
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function embeddedDatabase(): Promise<BenchDatabase> {
  const embedded = await startThrowawayPostgres({ database: "claimdesk_bench" });
  return { url: embedded.url, label: "embedded PostgreSQL (throwaway, fsync off)", drop: () => embedded.stop() };
}

function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH";
}
