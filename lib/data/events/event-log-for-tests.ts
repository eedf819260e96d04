/** For data-layer tests: read what the append-only event log gained since a point, and check it. */
import "server-only";
import { getDb } from "@/lib/db/client";
import { parseStoredEvent } from "@/lib/realtime/events";
import { appendEvent, type NewEvent } from "./append-event";

export async function lastEventId(): Promise<bigint> {
  return (await getDb().event.aggregate({ _max: { id: true } }))._max.id ?? 0n;
}

export function eventsSince(id: bigint) {
  return getDb().event.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" } });
}

/** Every row of the log, checked against the event union: how many there are, and those that do not parse. */
export async function checkEventLog(): Promise<{ count: number; unparseable: { id: string; type: string; problem: string }[] }> {
  const rows = await getDb().event.findMany({ orderBy: { id: "asc" } });
  const unparseable = rows.flatMap((row) => {
    const parsed = parseStoredEvent(row);
    return parsed.success ? [] : [{ id: row.id.toString(), type: row.type, problem: parsed.error.message }];
  });
  return { count: rows.length, unparseable };
}

/** Appends an event, then keeps its transaction open for `seconds`: a writer that took an id and commits late. */
export function appendEventHeldOpen(event: NewEvent, seconds: number): Promise<void> {
  return getDb().$transaction(async (tx) => {
    await appendEvent(tx, event);
    await tx.$executeRaw`SELECT pg_sleep(${seconds}::float8)`;
  });
}

/** Cuts the live listener's connection to this test's database, as a database restart would. */
export async function terminateListenerConnections(): Promise<number> {
  const rows = await getDb().$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity WHERE application_name = 'claimdesk-listener' AND datname = current_database()`;
  await getDb().$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'claimdesk-listener' AND datname = current_database()`;
  return rows.length;
}
