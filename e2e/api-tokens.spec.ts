import { expect, request as playwrightRequest, test } from "@playwright/test";
import { ACCOUNTS, storageStatePath } from "./fixtures/accounts";

test.use({ storageState: storageStatePath("reviewer"), permissions: ["clipboard-read", "clipboard-write"] });

test("a reviewer creates an API token, sees it once, uses it, and revokes it", async ({ page, baseURL }) => {
  const name = `Newsroom script ${Date.now()}`;
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();

  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Copy it now: it will not be shown again.")).toBeVisible();
  const secretField = page.getByLabel("New API token");
  await expect(secretField).toHaveAttribute("readonly", "");
  await expect(secretField).toBeFocused();
  const token = await secretField.inputValue();
  expect(token).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);

  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByText("Copied to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");

  // A client with no cookies at all (the stored session is inherited unless emptied): only the token can authenticate it.
  const api = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const bearer = { Authorization: `Bearer ${token}` };
  expect((await api.get("/api/articles")).status()).toBe(401);
  const articles = await api.get("/api/articles", { headers: bearer });
  expect(articles.status()).toBe(200);
  expect((await articles.json()).articles.length).toBeGreaterThan(0);
  const me = await api.get("/api/me", { headers: bearer });
  expect((await me.json()).user).toMatchObject({ email: ACCOUNTS.reviewer.email, role: "reviewer" });

  // Reloading shows the token's use, and never its secret again.
  await page.reload();
  await expect(row).not.toContainText("Never");
  await expect(page.getByLabel("New API token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  const confirm = row.getByRole("group", { name: `Confirm revoking ${name}` });
  await expect(confirm).toContainText("stops working at once");
  await confirm.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);

  const refused = await api.get("/api/articles", { headers: bearer });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("unauthorized");
  await api.dispose();

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
  expect(await page.content()).not.toContain(token);
});

test("a bad token is refused even when a session cookie comes with it", async ({ page }) => {
  const response = await page.request.get("/api/me", { headers: { Authorization: `Bearer cdk_${"A".repeat(43)}` } });
  expect(response.status()).toBe(401);
  expect((await page.request.get("/api/me")).status()).toBe(200);
});
