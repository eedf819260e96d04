/** For data-layer tests: read what the append-only event log gained since a point. */
import { getDb } from "@/lib/db/client";

export async function lastEventId(): Promise<bigint> {
  return (await getDb().event.aggregate({ _max: { id: true } }))._max.id ?? 0n;
}

export function eventsSince(id: bigint) {
  return getDb().event.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" } });
}
