"use client";

import { useState, useTransition } from "react";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/validation/roles";
import type { ActionResult } from "@/lib/views/action";
import type { UserSummaryView } from "@/lib/views/user";

export type ChangeUserRole = (input: { userId: string; role: Role }) => Promise<ActionResult>;

type RowStatus = { kind: "saving" } | { kind: "saved" } | { kind: "error"; message: string };

export function UserTable({
  users,
  currentUserId,
  onChangeRole,
}: {
  users: UserSummaryView[];
  currentUserId: string;
  onChangeRole: ChangeUserRole;
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

  return (
    <table className="article-table user-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
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
                <span role="status" aria-live="polite" className={`status-text ${rowStatus?.kind === "error" ? "error" : "ok"}`}>
                  {rowStatus?.kind === "saving" ? "Saving…" : rowStatus?.kind === "saved" ? "Saved" : rowStatus?.kind === "error" ? rowStatus.message : ""}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
