import { describe, expect, it, vi } from "vitest";
import * as password from "@/lib/data/users/password";
import { secondsUntilSignInAllowed } from "@/lib/data/auth/sign-in-throttle";
import { buildUser, TEST_PASSWORD } from "@/test/factories";
import { signInRefusal } from "./sign-in-guard";
import { authOptions } from "./options";
import { auditEntriesFor } from "@/lib/data/audit/audit-log-for-tests";
import { findSessionActor, startUserSession } from "@/lib/data/users/user-sessions";

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const from = (address: string) => ({ headers: { "x-claimdesk-client-address": address } });

function callback(email: string, address: string) {
  return new Request("http://claimdesk.test/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-claimdesk-client-address": address },
    body: new URLSearchParams({ email, password: "guess", csrfToken: "t", json: "true" }),
  });
}

describe("credentials sign-in", () => {
  it("does the same work and gives the same answer for an unknown email as for a wrong password", async () => {
    const user = await buildUser();
    const verify = vi.spyOn(password, "verifyPassword");
    const dummy = vi.spyOn(password, "verifyAgainstDummy");
    expect(await authorize({ email: user.email, password: "wrong password" }, from("192.0.2.10"))).toBeNull();
    expect(await authorize({ email: "nobody-here@example.test", password: "wrong password" }, from("192.0.2.11"))).toBeNull();
    // One argon2 verification each (the unknown email against a dummy hash), one failure counted each.
    expect(verify.mock.calls.length + dummy.mock.calls.length).toBe(2);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(dummy).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it("refuses with 429 and Retry-After before next-auth (and the hash) once an account failed too often, then lets the right password clear it", async () => {
    const user = await buildUser();
    for (let n = 0; n < 5; n++) await authorize({ email: user.email, password: "wrong password" }, from("192.0.2.20"));
    const verify = vi.spyOn(password, "verifyPassword");
    const refused = await signInRefusal(callback(user.email, "192.0.2.21"));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(new URL(((await refused!.json()) as { url: string }).url).searchParams.get("error")).toMatch(/^TooManyAttempts:\d+$/);
    expect(verify).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    // A sign-in that gets through with the right password forgets the account's failures.
    expect(await authorize({ email: user.email, password: TEST_PASSWORD }, from("192.0.2.22"))).toMatchObject({ id: user.id });
    expect(await secondsUntilSignInAllowed({ email: user.email, address: null })).toBe(0);
  });

  it("does not look at other next-auth routes", async () => {
    expect(await signInRefusal(new Request("http://claimdesk.test/api/auth/signout", { method: "POST" }))).toBeNull();
  });

  it("logs every sign-in for admins, failed or not, with the address and the email given", async () => {
    const user = await buildUser();
    await authorize({ email: user.email, password: "wrong password" }, from("192.0.2.40"));
    await authorize({ email: "nobody-at-all@example.test", password: "wrong password" }, from("192.0.2.41"));
    await authorize({ email: user.email, password: TEST_PASSWORD }, from("192.0.2.42"));
    expect(await auditEntriesFor({ email: user.email })).toMatchObject([
      { action: "sign_in_failed", actorId: null, address: "192.0.2.40" },
      { action: "sign_in", actorId: user.id, address: "192.0.2.42" },
    ]);
    // An unknown email is logged as any failure is: nothing says whether the account exists.
    expect(await auditEntriesFor({ email: "nobody-at-all@example.test" })).toMatchObject([{ action: "sign_in_failed", actorId: null, subjectId: null, address: "192.0.2.41" }]);
  });

  it("logs a sign-out, and ends its session", async () => {
    const user = await buildUser();
    const sid = await startUserSession({ userId: user.id, maxAgeSeconds: 60 });
    await authOptions.events!.signOut!({ token: { sub: user.id, sid }, session: null } as never);
    expect(await findSessionActor({ userId: user.id, sessionId: sid })).toBeNull();
    expect(await auditEntriesFor({ actorId: user.id })).toMatchObject([{ action: "sign_out", subjectId: user.id }]);
  });
});

