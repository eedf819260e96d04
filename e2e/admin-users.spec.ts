import { expect, test, type Browser } from "@playwright/test";
import { ACCOUNTS, storageStatePath, type AccountKey } from "./fixtures/accounts";
import { signInThroughForm } from "./fixtures/sign-in";

/** Signs the account in again and stores its session for the specs after this one. */
async function signInAgain(browser: Browser, baseURL: string, account: AccountKey) {
  // Explicitly signed out: a context made in a test takes the describe block's storageState otherwise.
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/signin");
  await signInThroughForm(page, account);
  await page.waitForURL("/");
  await context.storageState({ path: storageStatePath(account) });
  await context.close();
}

/** Whether the account's stored session still signs it in. */
async function isSignedIn(browser: Browser, baseURL: string, account: AccountKey): Promise<boolean> {
  const context = await browser.newContext({ baseURL, storageState: storageStatePath(account) });
  const status = (await context.request.get("/api/me")).status();
  await context.close();
  return status === 200;
}

test.describe("as admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("changes a user's role, and the change is stored; their old session is over", async ({ page, browser, baseURL }) => {
    expect(await isSignedIn(browser, baseURL!, "reviewer2")).toBe(true);
    await page.goto("/admin/users");
    const select = page.getByLabel(`Role of ${ACCOUNTS.reviewer2.name}`);
    await expect(select).toHaveValue("reviewer");

    await select.selectOption("editor");
    await expect(page.getByRole("row", { name: new RegExp(ACCOUNTS.reviewer2.email) }).getByRole("status")).toHaveText("Saved");
    await page.reload();
    await expect(page.getByLabel(`Role of ${ACCOUNTS.reviewer2.name}`)).toHaveValue("editor");

    await page.getByLabel(`Role of ${ACCOUNTS.reviewer2.name}`).selectOption("reviewer");
    await expect(page.getByRole("row", { name: new RegExp(ACCOUNTS.reviewer2.email) }).getByRole("status")).toHaveText("Saved");
    expect(await isSignedIn(browser, baseURL!, "reviewer2")).toBe(false);
    await signInAgain(browser, baseURL!, "reviewer2");
  });

  test("signs a user out everywhere", async ({ page, browser, baseURL }) => {
    expect(await isSignedIn(browser, baseURL!, "viewer")).toBe(true);
    await page.goto("/admin/users");
    page.once("dialog", (dialog) => void dialog.accept());
    const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: ACCOUNTS.viewer.email, exact: true }) });
    await row.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(row.getByRole("status")).toHaveText(/^Signed out \(\d+ sessions? ended\)$/);
    expect(await isSignedIn(browser, baseURL!, "viewer")).toBe(false);
    await signInAgain(browser, baseURL!, "viewer");
  });

  test("cannot change their own role", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByLabel(`Role of ${ACCOUNTS.admin.name}`)).toBeDisabled();
  });
});

test.describe("as editor", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("the users page does not exist for them", async ({ page }) => {
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(404);
  });
});

test.describe("the audit log, as admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("lists sign-ins with their address and a role change, filtered by kind", async ({ page }) => {
    await page.goto("/admin/users");
    await page.getByRole("link", { name: "audit log" }).click();
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    // The suite's own sign-ins, from this machine.
    const signIn = page.locator('tr[data-action="sign_in"]').first();
    await expect(signIn).toContainText("Signed in");
    await expect(signIn).toContainText("127.0.0.1");

    await page.getByLabel("Show").selectOption("role_changed");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/action=role_changed/);
    const rows = page.locator("tbody tr");
    await expect(rows.first()).toContainText(`${ACCOUNTS.reviewer2.name}: Editor → Reviewer`);
    expect(await page.locator('tbody tr:not([data-action="role_changed"])').count()).toBe(0);
  });
});

test("the audit log is not for editors", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: storageStatePath("editor") });
  expect((await context.request.get("/api/audit")).status()).toBe(403);
  const page = await context.newPage();
  const response = await page.goto("/admin/audit");
  expect(response?.status()).toBe(404);
  await context.close();
});
