/** The one Prisma client of the process. Only lib/data and lib/db may import it (see eslint.config.mjs). */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { withSerialTransactions } from "./serial-transactions";

export type Db = PrismaClient;

/**
 * Connections per app process. Writers of one article queue on its row lock while holding a
 * connection, so the pool is sized for readers to get through beside a queue of writers
 * (50 concurrent clients in e2e/concurrent-reviewers.spec.ts); PostgreSQL allows 200.
 */
const POOL_SIZE = 20;

/**
 * Prisma's defaults (2 s to get a connection for a transaction, 5 s to finish it) turned a busy
 * minute into 500s; a request that waits longer than this is treated as failed anyway.
 */
const TRANSACTION_OPTIONS = { maxWait: 5_000, timeout: 15_000 };

const globalForDb = globalThis as unknown as { claimdeskDb?: PrismaClient };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide it.");
  return url;
}

/** Created on first use, so tests and scripts can choose DATABASE_URL before anything connects. */
export function getDb(): PrismaClient {
  globalForDb.claimdeskDb ??= new PrismaClient({
    adapter: withSerialTransactions(new PrismaPg({ connectionString: databaseUrl(), max: POOL_SIZE })),
    transactionOptions: TRANSACTION_OPTIONS,
  });
  return globalForDb.claimdeskDb;
}

/** Closes the connection pool (scripts call this through lib/db/disconnect.ts before exiting). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.claimdeskDb?.$disconnect();
  globalForDb.claimdeskDb = undefined;
}
