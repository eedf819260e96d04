import "server-only";

import type { Actor } from "@/lib/policies/actor";
import type { Role } from "@/lib/db/generated/enums";

export const ACTOR_SELECT = { id: true, email: true, name: true, role: true } as const;

export function presentActor(user: { id: string; email: string; name: string; role: Role }): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
