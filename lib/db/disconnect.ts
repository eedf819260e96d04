/** For scripts and tests, which may not import the Prisma client itself. */
export { disconnectDb } from "./client";
