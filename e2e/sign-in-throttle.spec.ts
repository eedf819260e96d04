import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures/accounts";

/** One credentials sign-in through next-auth's own endpoints, as its `signIn()` sends it. */
async function attempt(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/" },
    headers: { "x-auth-return-redirect": "1" },
  });
}

// The e2e server allows 50 failures per window (CLAIMDESK_SIGNIN_MAX_FAILURES), so other specs'
// wrong passwords never add up; an account waits after half of that within a minute.
test("guessing an account's password is slowed down with 429 and Retry-After, and the form says how long", async ({ request, page }) => {
  const email = `nobody-${Date.now()}@claimdesk.test`;
  const statuses: number[] = [];
  for (let n = 0; n < 25; n++) statuses.push((await attempt(request, email, "wrong password")).status());
  expect(statuses.every((status) => status === 401 || status === 200)).toBe(true);
  const refused = await attempt(request, email, "wrong password");
  expect(refused.status()).toBe(429);
  const wait = Number(refused.headers()["retry-after"]);
  expect(wait).toBeGreaterThan(0);
  expect(wait).toBeLessThanOrEqual(60);
  expect(new URL(((await refused.json()) as { url: string }).url).searchParams.get("error")).toMatch(/^TooManyAttempts:\d+$/);

  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#signin-error")).toHaveText(/Too many failed sign-ins for this account or network\. Try again in \d+ seconds?\./);
});
