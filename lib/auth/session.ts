/** The signed-in actor for pages, server actions and route handlers. */
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { findActorByToken } from "@/lib/data/tokens/find-actor-by-token";
import { findSessionActor } from "@/lib/data/users/user-sessions";
import { UnauthorizedError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { parseBearerToken } from "./bearer-token";
import { authOptions } from "./options";

/** How a request proved who it is: kept by a live stream, to check again while it stays open. */
export type Credential = { kind: "session"; userId: string; sessionId: string } | { kind: "token"; token: string };

async function sessionCredential(): Promise<Extract<Credential, { kind: "session" }> | null> {
  const session = (await getServerSession(authOptions)) as { user?: { id?: unknown }; sid?: unknown } | null;
  const userId = session?.user?.id;
  const sessionId = session?.sid;
  // A cookie from before sessions were recorded has no sid: it counts as signed out.
  return typeof userId === "string" && typeof sessionId === "string" ? { kind: "session", userId, sessionId } : null;
}

export async function getSessionActor(): Promise<Actor | null> {
  const credential = await sessionCredential();
  return credential ? findSessionActor(credential) : null;
}

/** The actor a credential stands for now: null once signed out, disabled or revoked. */
export async function actorForCredential(credential: Credential): Promise<Actor | null> {
  return credential.kind === "session" ? findSessionActor(credential) : findActorByToken(credential.token);
}

/** Like requireActor, with the credential it was proved by. */
export async function requireActorWithCredential(): Promise<{ actor: Actor; credential: Credential }> {
  const authorization = (await headers()).get("authorization");
  if (authorization !== null) {
    const actor = await requireTokenActor(authorization);
    return { actor, credential: { kind: "token", token: parseBearerToken(authorization)! } };
  }
  const credential = await sessionCredential();
  const actor = credential ? await findSessionActor(credential) : null;
  if (!credential || !actor) throw new UnauthorizedError();
  return { actor, credential };
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
