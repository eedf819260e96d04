import { expect, test } from "@playwright/test";
import { ACCOUNTS, storageStatePath } from "./fixtures/accounts";

test.describe("as admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("changes a user's role, and the change is stored", async ({ page }) => {
    await page.goto("/admin/users");
    const select = page.getByLabel(`Role of ${ACCOUNTS.reviewer2.name}`);
    await expect(select).toHaveValue("reviewer");

    await select.selectOption("editor");
    await expect(page.getByRole("row", { name: new RegExp(ACCOUNTS.reviewer2.email) }).getByRole("status")).toHaveText("Saved");
    await page.reload();
    await expect(page.getByLabel(`Role of ${ACCOUNTS.reviewer2.name}`)).toHaveValue("editor");

    await page.getByLabel(`Role of ${ACCOUNTS.reviewer2.name}`).selectOption("reviewer");
    await expect(page.getByRole("row", { name: new RegExp(ACCOUNTS.reviewer2.email) }).getByRole("status")).toHaveText("Saved");
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
