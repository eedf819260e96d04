import "server-only";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canManageUsers, hasRole } from "@/lib/policies/permissions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { UpdateUserRole } from "@/lib/validation/users";
import { appendEvent } from "../events/append-event";
import { CLAIM_SELECT, presentClaim } from "../claims/present-claim";
import type { Tx } from "../transaction";
import { ACTOR_SELECT, presentActor } from "./present-actor";
import { endSessionsOf } from "./user-sessions";

/**
 * Changes a user's role and logs it. An admin cannot demote themselves (someone must stay admin).
 * A user who can no longer check claims (below reviewer) is unassigned from their open claims,
 * with a claim.updated event for each.
 */
export async function updateUserRole({ actor, userId, input }: { actor: Actor; userId: string; input: UpdateUserRole }): Promise<Actor> {
  if (!canManageUsers(actor)) throw new ForbiddenError("Only admins can change roles.");
  if (userId === actor.id && input.role !== "admin") throw new ConflictError("You cannot remove your own admin role.");
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw new NotFoundError("User");
    const user = await tx.user.update({ where: { id: userId }, data: { role: input.role }, select: ACTOR_SELECT });
    const view = presentActor(user);
    // A changed role starts afresh: the user's browsers sign in again, under the new role.
    if (before.role !== view.role) await endSessionsOf(tx, userId);
    if (!hasRole(view, "reviewer")) await unassignOpenClaims(tx, actor, userId);
    if (before.role !== view.role) await recordAudit({ action: "role_changed", actorId: actor.id, subjectId: userId, details: { from: before.role, to: view.role } }, tx);
    await appendEvent(tx, { actorId: actor.id, type: "user.role_changed", payload: { user: view, changes: { role: { from: before.role, to: view.role } } } });
    return view;
  });
}

async function unassignOpenClaims(tx: Tx, actor: Actor, userId: string): Promise<void> {
  // In article order, so two of these at once take the articles' event locks in the same order.
  const claims = await tx.claim.findMany({
    where: { assigneeId: userId, deletedAt: null, status: { not: "resolved" } },
    orderBy: [{ articleId: "asc" }, { id: "asc" }],
    select: CLAIM_SELECT,
  });
  if (claims.length === 0) return;
  await tx.claim.updateMany({ where: { id: { in: claims.map((claim) => claim.id) } }, data: { assigneeId: null, version: { increment: 1 } } });
  const updated = await tx.claim.findMany({ where: { id: { in: claims.map((claim) => claim.id) } }, orderBy: [{ articleId: "asc" }, { id: "asc" }], select: CLAIM_SELECT });
  for (const [index, row] of updated.entries()) {
    const claim = presentClaim(row);
    const assignee = presentClaim(claims[index]!).assignee;
    await appendEvent(tx, { articleId: claim.articleId, actorId: actor.id, type: "claim.updated", payload: { claim, changes: { assignee: { from: assignee, to: null } } } });
  }
}
