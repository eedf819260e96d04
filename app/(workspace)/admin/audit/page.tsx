import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AUDIT_ACTION_LABELS, AuditLogTable } from "@/components/admin/AuditLogTable";
import { requirePageActor } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/data/audit/list-audit";
import { canViewAuditLog } from "@/lib/policies/permissions";
import { ZAuditQuery } from "@/lib/validation/audit";
import { AUDIT_ACTIONS } from "@/lib/views/audit";
import admin from "@/components/admin/admin.module.css";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("/admin/audit");
  if (!canViewAuditLog(actor)) notFound();
  const raw = await searchParams;
  const parsed = ZAuditQuery.safeParse({ before: single(raw.before), action: single(raw.action) || undefined });
  const query = parsed.success ? parsed.data : ZAuditQuery.parse({});
  const { entries, nextBefore } = await listAuditEntries({ actor, query });
  const olderHref = nextBefore ? `/admin/audit?${new URLSearchParams({ before: nextBefore, ...(query.action ? { action: query.action } : {}) })}` : null;
  return (
    <>
      <h1 className="page-title">Audit log</h1>
      <p className="muted">Sign-ins, sign-outs, role changes, API tokens and sessions ended, newest first. Entries are never changed or removed.</p>
      <form className={admin.auditFilter} method="get" action="/admin/audit">
        <label htmlFor="audit-action">Show</label>
        <select id="audit-action" name="action" className="inline-select" defaultValue={query.action ?? ""}>
          <option value="">Everything</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {AUDIT_ACTION_LABELS[action]}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      <AuditLogTable entries={entries} olderHref={olderHref} />
    </>
  );
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
