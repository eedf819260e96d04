/** The one Prisma client of the process. Only lib/data and lib/db may import it (see eslint.config.mjs). */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { claimdeskDb?: PrismaClient };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide it.");
  return url;
}

/** Created on first use, so tests and scripts can choose DATABASE_URL before anything connects. */
export function getDb(): PrismaClient {
  globalForDb.claimdeskDb ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(), max: 10 }) });
  return globalForDb.claimdeskDb;
}

/** Closes the connection pool (scripts call this through lib/db/disconnect.ts before exiting). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.claimdeskDb?.$disconnect();
  globalForDb.claimdeskDb = undefined;
}
