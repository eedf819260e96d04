import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import type { IdempotencyRequest } from "@/lib/validation/idempotency";
import type { Tx } from "../transaction";

export type { IdempotencyRequest };

/** How long a key answers with its first result. */
export const IDEMPOTENCY_WINDOW_HOURS = 24;

/** The first key of the two-key advisory locks on (user, key). */
const IDEMPOTENCY_LOCK = 0x436c_4964; // "ClId"

/**
 * Runs a create once per (user, key): inside the create's own transaction, so the result is stored
 * if and only if the create commits. Repeats, even concurrent ones, wait on the key's lock and then
 * get the stored result; nothing more is written. The same key with another request is a 422.
 */
export async function withIdempotency<T>(
  tx: Tx,
  actor: Actor,
  request: IdempotencyRequest | undefined,
  view: z.ZodType<T>,
  create: () => Promise<T>,
): Promise<T> {
  if (!request) return create();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IDEMPOTENCY_LOCK}::int4, hashtext(${`${actor.id}:${request.key}`}))`;
  const since = new Date(Date.now() - IDEMPOTENCY_WINDOW_HOURS * 3600_000);
  const stored = await tx.idempotencyKey.findUnique({ where: { userId_key: { userId: actor.id, key: request.key } }, select: { fingerprint: true, body: true, createdAt: true } });
  if (stored && stored.createdAt > since) {
    if (stored.fingerprint !== request.fingerprint) {
      throw new ValidationError(
        "This Idempotency-Key was already used for a different request.",
        { "Idempotency-Key": ["Use a new key for a new request; reuse a key only to retry the same one."] },
        422,
      );
    }
    return view.parse(stored.body);
  }
  const result = await create();
  const row = { fingerprint: request.fingerprint, status: 201, body: result as Prisma.InputJsonValue, createdAt: new Date() };
  await tx.idempotencyKey.upsert({ where: { userId_key: { userId: actor.id, key: request.key } }, create: { userId: actor.id, key: request.key, ...row }, update: row });
  return result;
}
