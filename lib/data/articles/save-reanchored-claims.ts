import "server-only";

import type { Prisma } from "@/lib/db/generated/client";
import type { ReanchorOutcome } from "@/lib/anchoring/reanchor";

/**
 * Writes all re-anchored selectors in one statement (2,000 claims would otherwise be 2,000 round
 * trips). Claims that kept their place are written too: an edit next to them changes the context
 * stored with them, and later re-anchoring must score against the current text. Orphans keep
 * their last quote and context, so they can be shown and re-attached.
 */
export async function saveReanchoredClaims(tx: Prisma.TransactionClient, outcomes: ReanchorOutcome[], articleVersion: number): Promise<void> {
  const columns = { ids: [] as string[], exacts: [] as string[], prefixes: [] as string[], suffixes: [] as string[], starts: [] as number[], ends: [] as number[] };
  const orphanIds: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.outcome === "orphaned") {
      orphanIds.push(outcome.id);
      continue;
    }
    columns.ids.push(outcome.id);
    columns.exacts.push(outcome.selector.exact);
    columns.prefixes.push(outcome.selector.prefix);
    columns.suffixes.push(outcome.selector.suffix);
    columns.starts.push(outcome.selector.start);
    columns.ends.push(outcome.selector.end);
  }
  if (columns.ids.length) {
    const { ids, exacts, prefixes, suffixes, starts, ends } = columns;
    await tx.$executeRaw`
      UPDATE "Claim" AS c
      SET "exact" = v.exact, "prefix" = v.prefix, "suffix" = v.suffix, "start" = v.start, "end" = v."end",
          "anchoredVersion" = ${articleVersion}
      FROM unnest(${ids}::uuid[], ${exacts}::text[], ${prefixes}::text[], ${suffixes}::text[], ${starts}::int[], ${ends}::int[])
        AS v(id, exact, prefix, suffix, start, "end")
      WHERE c."id" = v.id`;
  }
  if (orphanIds.length) {
    await tx.$executeRaw`UPDATE "Claim" SET "orphan" = true, "updatedAt" = now() WHERE "id" = ANY(${orphanIds}::uuid[])`;
  }
}
