import { expect, test } from "@playwright/test";
import { DEMO_ARTICLE_TITLE, storageStatePath } from "./fixtures/accounts";

test.use({ storageState: storageStatePath("viewer") });

test("the articles list shows the demo article, and it opens with its full text, read-only for a viewer", async ({ page }) => {
  await page.goto("/");
  const row = page.getByTestId("article-list").getByRole("row", { name: new RegExp(DEMO_ARTICLE_TITLE) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("National Herald");
  await expect(row.getByRole("cell").nth(2)).toHaveText(/^\d+$/);
  await expect(row.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);

  await row.getByRole("link", { name: DEMO_ARTICLE_TITLE }).click();
  const reader = page.locator(".workspace-article");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(DEMO_ARTICLE_TITLE);
  await expect(reader).toContainText("NH Digital · National Herald");
  const text = reader.locator(".article-editor");
  await expect(text).toContainText("Officials from Ukraine and the United States have held a new round of discussions");
  await expect(text).toContainText("did not comment on the operation.");
  await expect(text.locator("p")).toHaveCount(11);
  // A viewer can read and select, but neither edit the text nor mark claims.
  await expect(page.getByRole("button", { name: "Edit text" })).toHaveCount(0);
  await text.locator("p").first().click();
  await page.keyboard.type("XYZ");
  await expect(text).not.toContainText("XYZ");
  await expect(page.getByRole("button", { name: /Mark as claim/ })).toHaveCount(0);
});

test("an unknown article shows a not-found page", async ({ page }) => {
  const response = await page.goto("/articles/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
