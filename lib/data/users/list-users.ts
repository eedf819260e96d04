import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canManageUsers } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";

import type { UserSummaryView } from "@/lib/views/user";

export async function listUsers({ actor }: { actor: Actor }): Promise<UserSummaryView[]> {
  if (!canManageUsers(actor)) throw new ForbiddenError("Only admins can manage users.");
  const users = await getDb().user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
  });
  return users.map(({ disabledAt, createdAt, ...user }) => ({ ...user, createdAt: createdAt.toISOString(), isDisabled: disabledAt !== null }));
}
