import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canManageUsers } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";

export type UserSummary = { id: string; email: string; name: string; role: Actor["role"]; createdAt: Date; isDisabled: boolean };

export async function listUsers({ actor }: { actor: Actor }): Promise<UserSummary[]> {
  if (!canManageUsers(actor)) throw new ForbiddenError("Only admins can manage users.");
  const users = await getDb().user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
  });
  return users.map(({ disabledAt, ...user }) => ({ ...user, isDisabled: disabledAt !== null }));
}
