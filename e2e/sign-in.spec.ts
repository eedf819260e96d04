import { expect, test } from "@playwright/test";
import { ACCOUNTS, storageStatePath, type AccountKey } from "./fixtures/accounts";
import { expectSignedInAs, signInThroughForm } from "./fixtures/sign-in";

test.describe("signed out", () => {
  for (const path of ["/", "/articles/anything", "/admin/users"]) {
    test(`a visitor to ${path} is sent to the sign-in page`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path).replace(/[/]/g, "%2F")}`));
      await expect(page.getByRole("heading", { name: "Sign in to Claimdesk" })).toBeVisible();
    });
  }

  test("signing in returns to the page the visitor asked for", async ({ page }) => {
    await page.goto("/admin/users");
    await signInThroughForm(page, "admin");
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  });

  test("a wrong password shows an error that does not reveal whether the email exists", async ({ page }) => {
    await page.goto("/signin");
    await signInThroughForm(page, "reviewer", "not-the-password");
    // (Next.js keeps its own empty role="alert" route announcer on every page.)
    const alert = page.locator("#signin-error");
    await expect(alert).toHaveText("The email or password is incorrect.");
    await expect(alert).toHaveAttribute("role", "alert");
    await expect(page).toHaveURL(/\/signin/);

    await page.getByLabel("Email").fill("nobody@claimdesk.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expect(alert).toHaveText("The email or password is incorrect.");
  });

  test("an invalid email is flagged on its field before anything is sent", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("x");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });
});

for (const account of Object.keys(ACCOUNTS) as AccountKey[]) {
  test.describe(`signed in as ${account}`, () => {
    test.use({ storageState: storageStatePath(account) });

    test("sees who they are and their role", async ({ page }) => {
      await page.goto("/");
      await expectSignedInAs(page, account);
      await expect(page.getByRole("link", { name: "Users" })).toHaveCount(account === "admin" ? 1 : 0);
    });
  });
}
