import { expect, test } from "@playwright/test";
import { expectSignedInAs, signInThroughForm } from "./fixtures/sign-in";

// Signs in afresh: signing out ends the session, which must not spoil the stored states.
test("a reviewer signs out and is signed out everywhere", async ({ page }) => {
  await page.goto("/signin");
  await signInThroughForm(page, "reviewer");
  await page.waitForURL("/");
  await expectSignedInAs(page, "reviewer");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await page.goto("/");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F/);
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
});
