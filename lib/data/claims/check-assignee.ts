import "server-only";

import { ValidationError } from "@/lib/errors";
import { hasRole } from "@/lib/policies/permissions";
import type { Tx } from "../transaction";

/** An assignee must be an active reviewer or above; an unknown id is the client's mistake (422), not a 500. */
export async function checkAssignee(tx: Tx, assigneeId: string): Promise<void> {
  const assignee = await tx.user.findFirst({ where: { id: assigneeId, disabledAt: null }, select: { role: true } });
  if (!assignee) throw new ValidationError("Nobody with that id can be assigned.", { assigneeId: ["No active user has this id."] }, 422);
  if (!hasRole(assignee, "reviewer")) throw new ValidationError("Only reviewers and above can be assigned claims.", { assigneeId: ["This user is a viewer: they cannot check claims."] });
}
