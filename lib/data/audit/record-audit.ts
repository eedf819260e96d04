import "server-only";

import { getDb } from "@/lib/db/client";
import type { AuditAction, AuditEntryView } from "@/lib/views/audit";
import type { Tx } from "../transaction";

export type AuditRecord = {
  action: AuditAction;
  actorId?: string | null;
  subjectId?: string | null;
  email?: string | null;
  address?: string | null;
  details?: AuditEntryView["details"];
};

/**
 * Appends one entry to the audit log: in the caller's transaction when given one, so an entry
 * exists exactly when the change it describes was committed.
 */
export async function recordAudit(entry: AuditRecord, tx?: Tx): Promise<void> {
  await (tx ?? getDb()).auditEntry.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      subjectId: entry.subjectId ?? null,
      // An email given at sign-in is the client's text: kept bounded.
      email: entry.email?.slice(0, 320) ?? null,
      address: entry.address ?? null,
      details: entry.details ?? {},
    },
    select: { id: true },
  });
}
