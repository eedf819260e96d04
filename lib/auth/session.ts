/** The signed-in actor for pages, server actions and route handlers. */
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { findActiveActor } from "@/lib/data/users/find-actor";
import { UnauthorizedError } from "@/lib/errors";
import type { Actor } from "./actor";
import { authOptions } from "./options";

export async function getSessionActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? findActiveActor(id) : null;
}

/** For pages: the actor, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For server actions and route handlers: the actor, or an UnauthorizedError (401). */
export async function requireActor(): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) throw new UnauthorizedError();
  return actor;
}
