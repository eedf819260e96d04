import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UserTable } from "@/components/admin/UserTable";
import { canManageUsers } from "@/lib/policies/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users/list-users";
import { changeUserRole, signUserOutEverywhere } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageActor("/admin/users");
  if (!canManageUsers(actor)) notFound();
  const users = await listUsers({ actor });
  return (
    <>
      <h1 className="page-title">Users</h1>
      <p className="muted">
        Change what each person may do. New accounts are created on the server with <code>npm run user:add</code>. Who signed in, and every
        change made here, is in the <Link href="/admin/audit">audit log</Link>.
      </p>
      <UserTable users={users} currentUserId={actor.id} onChangeRole={changeUserRole} onSignOutEverywhere={signUserOutEverywhere} />
    </>
  );
}
