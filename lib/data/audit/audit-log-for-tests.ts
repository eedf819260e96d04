/** For tests: the audit log as stored, and attempts to rewrite it (which the database must refuse). */
import "server-only";
import { getDb } from "@/lib/db/client";

export function auditEntriesFor(where: { actorId?: string; subjectId?: string; email?: string }) {
  return getDb().auditEntry.findMany({ where, orderBy: { id: "asc" } });
}

/** Tries to change, then to remove, every entry; answers each attempt's error (undefined if it went through). */
export async function tryToRewriteAuditLog(): Promise<{ update?: unknown; remove?: unknown }> {
  const attempt = async (write: () => Promise<unknown>) => {
    try {
      await write();
      return undefined;
    } catch (error) {
      return error;
    }
  };
  return {
    update: await attempt(() => getDb().auditEntry.updateMany({ data: { address: "203.0.113.99" } })),
    remove: await attempt(() => getDb().auditEntry.deleteMany({})),
  };
}
