import Link from "next/link";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { ROLE_LABELS, type Role } from "@/lib/validation/roles";
import type { AuditAction, AuditEntryView } from "@/lib/views/audit";
import table from "@/components/ui/data-table.module.css";

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  sign_in: "Signed in",
  sign_in_failed: "Failed sign-in",
  sign_out: "Signed out",
  role_changed: "Role changed",
  token_created: "API token created",
  token_revoked: "API token revoked",
  sessions_ended: "Signed out everywhere",
};

const roleLabel = (role: string | undefined) => (role && role in ROLE_LABELS ? ROLE_LABELS[role as Role] : (role ?? "?"));

/** What the entry changed, in words. */
function describeDetails(entry: AuditEntryView): string {
  const { details } = entry;
  switch (entry.action) {
    case "role_changed":
      return `${entry.subject?.name ?? "Someone"}: ${roleLabel(details.from)} → ${roleLabel(details.to)}`;
    case "token_created":
    case "token_revoked":
      return `“${details.name ?? ""}”`;
    case "sessions_ended":
      return `${entry.subject?.name ?? "Someone"}: ${details.ended ?? 0} session${details.ended === 1 ? "" : "s"} ended`;
    case "sign_in_failed":
      return entry.email ? `as ${entry.email}` : "";
    default:
      return "";
  }
}

/** One page of the audit log (newest first) with a link to the older entries. */
export function AuditLogTable({ entries, olderHref }: { entries: AuditEntryView[]; olderHref: string | null }) {
  if (entries.length === 0) return <p className="muted">Nothing has been logged yet.</p>;
  return (
    <>
      <table className={`audit-table ${table.table}`}>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">Details</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-action={entry.action}>
              <td>
                <RelativeTime iso={entry.at} />
              </td>
              <td>{AUDIT_ACTION_LABELS[entry.action]}</td>
              <td>{entry.actor?.name ?? <span className="muted">—</span>}</td>
              <td>{describeDetails(entry)}</td>
              <td>{entry.address ?? <span className="muted">unknown</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {olderHref ? (
        <p>
          <Link href={olderHref}>Older entries</Link>
        </p>
      ) : null}
    </>
  );
}
