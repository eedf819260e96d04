import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/accounts";
import { createClaimViaApi, importArticle } from "./fixtures/article-page";

test.use({ storageState: storageStatePath("reviewer") });

test("a reviewer searches from the header, sees the matching word marked, and opens the claim in its article", async ({ page, baseURL }) => {
  const word = `quokka${Date.now().toString(36)}`;
  const article = await importArticle(baseURL!, {
    title: `Search journey ${word}`,
    text: `Sightings of the ${word} doubled last year, the ranger said.\n\nCritics disputed the count.`,
  });
  const claim = await createClaimViaApi(baseURL!, "reviewer", article.id, article.text, `Sightings of the ${word} doubled`);

  await page.goto("/");
  const box = page.getByRole("search", { name: "Search claims" }).getByRole("searchbox", { name: "Search claims" });
  await box.fill(word);
  await box.press("Enter");
  await page.waitForURL(/\/search\?q=/);

  const result = page.getByTestId("search-result");
  await expect(result).toHaveCount(1);
  await expect(result.locator("mark")).toHaveText([word]);
  await expect(result).toContainText(`in Search journey ${word}`);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id)).toEqual([]);

  await result.getByRole("link", { name: new RegExp(word) }).click();
  await page.waitForURL(`/articles/${article.id}?claim=${claim.id}`);
  await expect(page.locator(`[data-claim-card="${claim.id}"]`)).toHaveClass(/is-open/);
});

test("a search that finds nothing says so, and a bad filter is named, not a crash", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent(`nothing-like-this-${Date.now()}`)}`);
  await expect(page.getByRole("status").filter({ hasText: "No claims match" })).toBeVisible();

  await page.goto("/search?q=claim&verdict=sort-of");
  await expect(page.getByRole("alert").filter({ hasText: "This search cannot be run" })).toContainText("verdict");
});
