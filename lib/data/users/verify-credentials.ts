import "server-only";

import { getDb } from "@/lib/db/client";
import { verifyAgainstDummy, verifyPassword } from "./password";
import type { Actor } from "@/lib/policies/actor";
import type { Credentials } from "@/lib/validation/users";
import { presentActor } from "./present-actor";

/** The account for these credentials, or null. Takes the same time whether or not the email exists. */
export async function verifyCredentials({ email, password }: Credentials): Promise<Actor | null> {
  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true },
  });
  if (!user) return verifyAgainstDummy(password).then(() => null);
  const isValid = await verifyPassword(user.passwordHash, password);
  if (!isValid || user.disabledAt) return null;
  return presentActor(user);
}
