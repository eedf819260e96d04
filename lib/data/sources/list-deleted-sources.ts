import "server-only";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canRestoreSource } from "@/lib/policies/permissions";
import type { SourceView } from "@/lib/views/source";
import { presentSource, SOURCE_SELECT } from "../claims/present-claim";

/** A claim's removed sources that the actor may restore (their own; an editor's: all), newest first. */
export async function listDeletedSources({ actor, claimId }: { actor: Actor; claimId: string }): Promise<SourceView[]> {
  const rows = await getDb().source.findMany({
    where: { claimId, deletedAt: { not: null } },
    orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
    select: { ...SOURCE_SELECT, addedById: true },
  });
  return rows.filter((row) => canRestoreSource(actor, row)).map(presentSource);
}
