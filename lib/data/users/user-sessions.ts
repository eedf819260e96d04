import "server-only";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canManageUsers } from "@/lib/policies/permissions";
import type { Tx } from "../transaction";
import { ACTOR_SELECT, presentActor } from "./present-actor";

/** Records a browser sign-in; its id goes into the session cookie. */
export async function startUserSession({ userId, maxAgeSeconds }: { userId: string; maxAgeSeconds: number }): Promise<string> {
  const session = await getDb().userSession.create({
    data: { userId, expiresAt: new Date(Date.now() + maxAgeSeconds * 1000) },
    select: { id: true },
  });
  return session.id;
}

/** Sign-out: the cookie's session stops working everywhere, open live streams included. */
export async function endUserSession(sessionId: string): Promise<void> {
  await getDb().userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/** Ends every open browser session of a user (in a transaction of the caller's): they sign in again. */
export async function endSessionsOf(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
  return count;
}

/** An admin's "sign this user out everywhere": every browser of theirs is signed out at its next request. */
export async function signOutEverywhere({ actor, userId }: { actor: Actor; userId: string }): Promise<number> {
  if (!canManageUsers(actor)) throw new ForbiddenError("Only admins sign other people out.");
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new NotFoundError("User");
    const ended = await endSessionsOf(tx, userId);
    await recordAudit({ action: "sessions_ended", actorId: actor.id, subjectId: userId, details: { ended } }, tx);
    return ended;
  });
}

/** The user of a session that is still open and not expired, if they are still active. */
export async function findSessionActor({ userId, sessionId }: { userId: string; sessionId: string }): Promise<Actor | null> {
  const user = await getDb().user.findFirst({
    where: { id: userId, disabledAt: null, sessions: { some: { id: sessionId, endedAt: null, expiresAt: { gt: new Date() } } } },
    select: ACTOR_SELECT,
  });
  return user ? presentActor(user) : null;
}
