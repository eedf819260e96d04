import "server-only";

import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canViewAuditLog } from "@/lib/policies/permissions";
import type { AuditQuery } from "@/lib/validation/audit";
import { ZAuditEntryView, type AuditAnswer } from "@/lib/views/audit";

/** A page of the audit log, newest first (admins only), with the people it names. */
export async function listAuditEntries({ actor, query }: { actor: Actor; query: AuditQuery }): Promise<AuditAnswer> {
  if (!canViewAuditLog(actor)) throw new ForbiddenError("Only admins can read the audit log.");
  const db = getDb();
  const rows = await db.auditEntry.findMany({
    where: { ...(query.before ? { id: { lt: BigInt(query.before) } } : {}), ...(query.action ? { action: query.action } : {}) },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const ids = [...new Set(page.flatMap((row) => [row.actorId, row.subjectId]).filter((id): id is string => id !== null))];
  const people = new Map((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((user) => [user.id, user]));
  const person = (id: string | null) => (id ? (people.get(id) ?? { id, name: "(unknown user)" }) : null);
  return {
    entries: page.map((row) =>
      ZAuditEntryView.parse({
        id: row.id.toString(),
        at: row.at.toISOString(),
        action: row.action,
        actor: person(row.actorId),
        subject: person(row.subjectId),
        email: row.email,
        address: row.address,
        details: row.details,
      }),
    ),
    nextBefore: rows.length > query.limit ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}
