import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canManageUsers } from "@/lib/policies/permissions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { UpdateUserRole } from "@/lib/validation/users";
import { appendEvent } from "../events/append-event";
import { ACTOR_SELECT, presentActor } from "./present-actor";

/** Changes a user's role and logs it. An admin cannot demote themselves (someone must stay admin). */
export async function updateUserRole({ actor, userId, input }: { actor: Actor; userId: string; input: UpdateUserRole }): Promise<Actor> {
  if (!canManageUsers(actor)) throw new ForbiddenError("Only admins can change roles.");
  if (userId === actor.id && input.role !== "admin") throw new ConflictError("You cannot remove your own admin role.");
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw new NotFoundError("User");
    const user = await tx.user.update({ where: { id: userId }, data: { role: input.role }, select: ACTOR_SELECT });
    const view = presentActor(user);
    await appendEvent(tx, { actorId: actor.id, type: "user.role_changed", payload: { user: view, changes: { role: { from: before.role, to: view.role } } } });
    return view;
  });
}
