import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { ACTOR_SELECT, presentActor } from "./present-actor";

/** The current state of a signed-in user: role changes and disabling take effect on the next request. */
export async function findActiveActor(id: string): Promise<Actor | null> {
  const user = await getDb().user.findFirst({ where: { id, disabledAt: null }, select: ACTOR_SELECT });
  return user ? presentActor(user) : null;
}
