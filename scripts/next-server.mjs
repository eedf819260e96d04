/**
 * `npm start`'s server (spawned by scripts/serve.ts): CLAIMDESK_SERVER_PROCESSES server processes
 * (scripts/server-process.mjs) sharing the port through node:cluster, by default one per core (at
 * most 4), since one Node process serves requests on one core. No state lives in a process that
 * another needs: sessions are cookies and tokens, limits and idempotency keys are in Postgres, and
 * every process has its own LISTEN connection for live events. With 1, the single process serves.
 */
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

const processes = Number(process.env.CLAIMDESK_SERVER_PROCESSES ?? Math.min(availableParallelism(), 4));
if (!Number.isInteger(processes) || processes < 1 || processes > 64) {
  console.error(`claimdesk: CLAIMDESK_SERVER_PROCESSES must be a whole number from 1 to 64 (got "${process.env.CLAIMDESK_SERVER_PROCESSES}").`);
  process.exit(2);
}

if (processes === 1 || !cluster.isPrimary) {
  await import("./server-process.mjs");
} else {
  const { runServerProcesses } = await import("./server-processes.mjs");
  runServerProcesses(processes);
}
