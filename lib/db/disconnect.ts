/** For scripts and tests, which may not import the database clients themselves. */
import "server-only";
import { disconnectDb as disconnectPrisma } from "./client";
import { closePgPool } from "./pg-pool";

export async function disconnectDb(): Promise<void> {
  await Promise.all([disconnectPrisma(), closePgPool()]);
}
