/** For data-layer tests: read what the append-only event log gained since a point, and check it. */
import "server-only";
import { getDb } from "@/lib/db/client";
import { parseStoredEvent } from "@/lib/realtime/events";

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
