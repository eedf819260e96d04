import { expect, test } from "@playwright/test";
import { DEMO_ARTICLE_TITLE, storageStatePath } from "./fixtures/accounts";
import { createClaimViaApi, importArticle } from "./fixtures/article-page";

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

test("the articles list shows each article's progress in words beside its verdict bar, and filters by title", async ({ page, baseURL }) => {
  const title = `Progress journey ${Date.now()}`;
  const article = await importArticle(baseURL!, { title, text: "Prices rose 9 percent.\n\nWages did not." });
  await createClaimViaApi(baseURL!, "reviewer", article.id, article.text, "Prices rose 9 percent.");

  await page.goto("/");
  const row = page.getByTestId("article-list").getByRole("row", { name: new RegExp(title) });
  const progress = row.getByRole("cell").nth(3);
  await expect(progress).toContainText("1 open");
  await expect(progress).toContainText("1 no verdict");
  await expect(progress.locator(".article-progress-bar")).toHaveAttribute("aria-hidden", "true");
  // Just created: the most recently active article comes first.
  await expect(page.getByTestId("article-list").getByRole("row").nth(1)).toContainText(title);

  await page.getByRole("searchbox", { name: "Title contains" }).fill(title.toUpperCase());
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/\?q=PROGRESS\+JOURNEY/);
  await expect(page.getByTestId("article-list").getByRole("row")).toHaveCount(2);
  await expect(row).toBeVisible();

  await page.goto(`/?q=${encodeURIComponent("no title has this")}`);
  await expect(page.getByRole("status").filter({ hasText: "No article title contains “no title has this”." })).toBeVisible();
});
