/** The signed-in actor for pages, server actions and route handlers. */
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { findActorByToken } from "@/lib/data/tokens/find-actor-by-token";
import { findActiveActor } from "@/lib/data/users/find-actor";
import { UnauthorizedError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { parseBearerToken } from "./bearer-token";
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

/**
 * For server actions and route handlers: the actor, or an UnauthorizedError (401). A request with an
 * Authorization header is judged by its API token alone: a bad token is refused even when a session
 * cookie came along, so a script never silently acts as whoever is signed in in the browser.
 */
export async function requireActor(): Promise<Actor> {
  const authorization = (await headers()).get("authorization");
  if (authorization !== null) return requireTokenActor(authorization);
  const actor = await getSessionActor();
  if (!actor) throw new UnauthorizedError();
  return actor;
}

async function requireTokenActor(authorization: string): Promise<Actor> {
  const token = parseBearerToken(authorization);
  if (!token) throw new UnauthorizedError("Send an API token as Authorization: Bearer <token>.");
  const actor = await findActorByToken(token);
  if (!actor) throw new UnauthorizedError("The API token is invalid or has been revoked.");
  return actor;
}
