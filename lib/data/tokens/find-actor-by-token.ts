import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { ACTOR_SELECT, presentActor } from "../users/present-actor";
import { hashTokenSecret, isWellFormedTokenSecret } from "./token-secret";

/** lastUsedAt is a hint for the owner, not an audit log: one write a minute per token is plenty. */
const LAST_USED_PRECISION_MS = 60_000;

/**
 * The owner of an unrevoked API token, if the owner is still active; null otherwise. The lookup is by
 * the secret's hash, so the secret is never compared (or stored) in the clear.
 */
export async function findActorByToken(token: string): Promise<Actor | null> {
  if (!isWellFormedTokenSecret(token)) return null;
  const db = getDb();
  const row = await db.apiToken.findFirst({
    where: { tokenHash: hashTokenSecret(token), revokedAt: null, user: { disabledAt: null } },
    select: { id: true, lastUsedAt: true, user: { select: ACTOR_SELECT } },
  });
  if (!row) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now }, select: { id: true } });
  }
  return presentActor(row.user);
}
