/**
 * `tsx --conditions=react-server test/load/throwaway-database.ts`: starts a throwaway PostgreSQL
 * server (as the database suite does), prints `{"url": …}` on one line, and stops it when its
 * standard input closes or it is signalled. For specs that run app instances of their own.
 */
import { startThrowawayPostgres } from "@/lib/db/throwaway-postgres";

const server = await startThrowawayPostgres({ database: "claimdesk_instances" });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
let isStopping = false;
const stop = async () => {
  if (isStopping) return;
  isStopping = true;
  await server.stop();
  process.exit(0);
};
process.stdin.on("end", () => void stop());
process.stdin.resume();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop());
