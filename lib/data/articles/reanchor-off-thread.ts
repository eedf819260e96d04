import "server-only";

import path from "node:path";
import Piscina from "piscina";
import { reanchorClaims, type AnchoredClaim, type ReanchorOutcome } from "@/lib/anchoring/reanchor";

/** Texts up to this size (old and new together) re-anchor in place: a thread would cost more than it saves. */
const IN_PLACE_LIMIT = 100_000;

type Task = { oldText: string; newText: string; claims: AnchoredClaim[] };
let pool: Piscina<Task, ReanchorOutcome[]> | undefined;

/**
 * Re-anchoring after a large edit runs in a worker thread: rewording every paragraph of a 1 MB
 * article took the server's only thread a second, and every other request waited for it.
 */
export async function reanchorOffThread(oldText: string, newText: string, claims: AnchoredClaim[]): Promise<ReanchorOutcome[]> {
  if (oldText.length + newText.length <= IN_PLACE_LIMIT || claims.length === 0) return reanchorClaims(oldText, newText, claims);
  pool ??= new Piscina<Task, ReanchorOutcome[]>({
    // Resolved from the app's folder: the bundler must not move the worker's entry into its chunks.
    filename: path.join(process.cwd(), "lib", "anchoring", "reanchor-worker.mjs"),
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
  });
  return pool.run({ oldText, newText, claims });
}
