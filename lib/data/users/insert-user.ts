import "server-only";

import { getDb } from "@/lib/db/client";
import { hashPassword } from "./password";
import { ConflictError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import type { CreateUser } from "@/lib/validation/users";
import { isUniqueViolation } from "../unique-violation";
import { ACTOR_SELECT, presentActor } from "./present-actor";

/**
 * Creates an account without a permission check. Only trusted entry points call it: the
 * `user:add` command and the demo seed (both run with shell access to the server).
 */
export async function insertUserAsSystem(input: CreateUser): Promise<Actor> {
  const db = getDb();
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new ConflictError(`A user with the email ${input.email} already exists.`);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) },
      select: ACTOR_SELECT,
    });
    return presentActor(user);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`A user with the email ${input.email} already exists.`);
    throw error;
  }
}
