"use client";

import { useState, useTransition } from "react";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/validation/roles";
import type { ActionResult } from "@/lib/views/action";
import type { UserSummaryView } from "@/lib/views/user";
import table from "@/components/ui/data-table.module.css";
import styles from "./admin.module.css";
import statusStyles from "@/components/ui/status-text.module.css";

export type ChangeUserRole = (input: { userId: string; role: Role }) => Promise<ActionResult>;
export type SignUserOutEverywhere = (input: { userId: string }) => Promise<ActionResult<{ ended: number }>>;

type RowStatus = { kind: "saving" } | { kind: "saved" } | { kind: "signed-out"; ended: number } | { kind: "error"; message: string };

function statusText(status: RowStatus | undefined): string {
  if (!status) return "";
  if (status.kind === "saving") return "Saving…";
  if (status.kind === "saved") return "Saved";
  if (status.kind === "signed-out") return `Signed out (${status.ended} session${status.ended === 1 ? "" : "s"} ended)`;
  return status.message;
}

export function UserTable({
  users,
  currentUserId,
  onChangeRole,
  onSignOutEverywhere,
}: {
  users: UserSummaryView[];
  currentUserId: string;
  onChangeRole: ChangeUserRole;
  onSignOutEverywhere: SignUserOutEverywhere;
}) {
  const [roles, setRoles] = useState<Record<string, Role>>(() => Object.fromEntries(users.map((user) => [user.id, user.role])));
  const [status, setStatus] = useState<Record<string, RowStatus>>({});
  const [, startTransition] = useTransition();

  function handleRoleChange(userId: string, role: Role) {
    const previous = roles[userId];
    setRoles((current) => ({ ...current, [userId]: role }));
    setStatus((current) => ({ ...current, [userId]: { kind: "saving" } }));
    startTransition(async () => {
      const result = await onChangeRole({ userId, role });
      if (!result.ok && previous) setRoles((current) => ({ ...current, [userId]: previous }));
      setStatus((current) => ({ ...current, [userId]: result.ok ? { kind: "saved" } : { kind: "error", message: result.message } }));
    });
  }

  function handleSignOut(user: UserSummaryView) {
    if (!window.confirm(`Sign ${user.name} out of every browser? They will have to sign in again.`)) return;
    setStatus((current) => ({ ...current, [user.id]: { kind: "saving" } }));
    startTransition(async () => {
      const result = await onSignOutEverywhere({ userId: user.id });
      setStatus((current) => ({
        ...current,
        [user.id]: result.ok ? { kind: "signed-out", ended: result.ended } : { kind: "error", message: result.message },
      }));
    });
  }

  return (
    <table className={`${table.table} ${styles.userTable}`}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">
            <span className="visually-hidden">Sessions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const rowStatus = status[user.id];
          return (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>
                <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                  Role of {user.name}
                </label>
                <select
                  id={`role-${user.id}`}
                  className="inline-select"
                  value={roles[user.id]}
                  disabled={user.id === currentUserId || rowStatus?.kind === "saving"}
                  onChange={(event) => handleRoleChange(user.id, event.target.value as Role)}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
                <span role="status" aria-live="polite" className={`${statusStyles.statusText} ${rowStatus?.kind === "error" ? statusStyles.error : statusStyles.ok}`}>
                  {statusText(rowStatus)}
                </span>
              </td>
              <td>
                {user.id === currentUserId ? null : (
                  <button type="button" className="link-button" disabled={rowStatus?.kind === "saving"} onClick={() => handleSignOut(user)}>
                    Sign out everywhere
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
