import { describe, expect, it } from "vitest";
import { clearSignInFailures, recordFailedSignIn, secondsUntilSignInAllowed } from "./sign-in-throttle";

// Defaults: 10 failures per 15 minutes per account and per address; 5 per minute per account.
describe("sign-in throttling", () => {
  it("lets an account try 4 times at once, then makes it wait a minute, and up to the window after 10", async () => {
    const attempt = { email: `a-${Date.now()}@example.test`, address: "203.0.113.1" };
    for (let failure = 1; failure <= 4; failure++) {
      await recordFailedSignIn(attempt);
      expect(await secondsUntilSignInAllowed(attempt)).toBe(0);
    }
    await recordFailedSignIn(attempt);
    const wait = await secondsUntilSignInAllowed(attempt);
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    for (let failure = 6; failure <= 10; failure++) await recordFailedSignIn(attempt);
    expect(await secondsUntilSignInAllowed(attempt)).toBeGreaterThan(60);
    expect(await secondsUntilSignInAllowed(attempt)).toBeLessThanOrEqual(900);
  });

  it("counts per address across accounts, and the email's case does not make another account", async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 200)}`;
    for (let n = 0; n < 10; n++) await recordFailedSignIn({ email: `spray-${n}-${Date.now()}@example.test`, address });
    expect(await secondsUntilSignInAllowed({ email: "fresh@example.test", address })).toBeGreaterThan(0);
    expect(await secondsUntilSignInAllowed({ email: "fresh@example.test", address: "192.0.2.7" })).toBe(0);
    const email = `Case-${Date.now()}@Example.test`;
    for (let n = 0; n < 5; n++) await recordFailedSignIn({ email, address: null });
    expect(await secondsUntilSignInAllowed({ email: email.toLowerCase(), address: null })).toBeGreaterThan(0);
  });

  it("forgets an account's failures after a right password", async () => {
    const attempt = { email: `c-${Date.now()}@example.test`, address: null };
    for (let n = 0; n < 5; n++) await recordFailedSignIn(attempt);
    expect(await secondsUntilSignInAllowed(attempt)).toBeGreaterThan(0);
    await clearSignInFailures(attempt);
    expect(await secondsUntilSignInAllowed(attempt)).toBe(0);
  });
});
