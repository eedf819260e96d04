import "server-only";

import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db/client";
import { readEnv } from "@/lib/env";

/**
 * Failed sign-ins, counted in Postgres (so the limit holds across app instances) with
 * rate-limiter-flexible, per account and per client address. A delay, never a lock: after a few
 * failures an account waits a minute, after the configured number (default 10 in 15 minutes) until
 * the window ends, so an attacker can hold a real user off for minutes, not for good. Checked
 * before the password is hashed; a right password clears the account's count.
 */
type Limiters = { accountShort: RateLimiterPrisma; account: RateLimiterPrisma; address: RateLimiterPrisma };

let limiters: Limiters | null = null;

function limitersFor(): Limiters {
  if (limiters) return limiters;
  const { CLAIMDESK_SIGNIN_MAX_FAILURES: points, CLAIMDESK_SIGNIN_WINDOW_SECONDS: duration } = readEnv();
  const make = (keyPrefix: string, limit: number, seconds: number) =>
    new RateLimiterPrisma({ storeClient: getDb(), tableName: "signInThrottle", keyPrefix, points: limit, duration: seconds, clearExpiredByTimeout: false });
  limiters = { accountShort: make("account-minute", Math.max(1, Math.ceil(points / 2)), 60), account: make("account", points, duration), address: make("address", points, duration) };
  return limiters;
}

/** Accounts are counted by a hash of the email: no address an attacker typed is stored as such. */
const accountKey = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("base64url");

/** How many seconds the attempt must wait (0: it may go on). */
export async function secondsUntilSignInAllowed({ email, address }: { email: string; address: string | null }): Promise<number> {
  const { accountShort, account, address: byAddress } = limitersFor();
  const checks: [RateLimiterPrisma, string][] = [
    [accountShort, accountKey(email)],
    [account, accountKey(email)],
    ...(address ? ([[byAddress, address]] as [RateLimiterPrisma, string][]) : []),
  ];
  let wait = 0;
  for (const [limiter, key] of checks) {
    const state = await limiter.get(key);
    if (state && state.consumedPoints >= limiter.points) wait = Math.max(wait, Math.ceil(state.msBeforeNext / 1000));
  }
  return wait;
}

/** Counts a failed attempt against the account and the address. */
export async function recordFailedSignIn({ email, address }: { email: string; address: string | null }): Promise<void> {
  const { accountShort, account, address: byAddress } = limitersFor();
  const consume = (limiter: RateLimiterPrisma, key: string) =>
    limiter.consume(key).catch((rejection: unknown) => {
      // Over the limit is what we count; anything else (the database) is an error.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    });
  await Promise.all([consume(accountShort, accountKey(email)), consume(account, accountKey(email)), ...(address ? [consume(byAddress, address)] : [])]);
}

/** A right password: the account's failures are forgotten (the address's are not). */
export async function clearSignInFailures({ email }: { email: string }): Promise<void> {
  const { accountShort, account } = limitersFor();
  await Promise.all([accountShort.delete(accountKey(email)), account.delete(accountKey(email))]);
}
