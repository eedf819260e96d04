import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/accounts";
import { claimCard, importArticle } from "./fixtures/article-page";

test.use({ storageState: storageStatePath("reviewer") });

test("a reviewer creates a claim and sets its verdict with the keyboard alone", async ({ page, baseURL }) => {
  const article = await importArticle(baseURL!, {
    title: `Keyboard journey ${Date.now()}`,
    text: "Unemployment fell to 3 percent last year, the minister said.\n\nCritics disputed the figure.",
  });
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator(".article-editor")).toBeVisible();

  // Tab into the article text, then select its first three words with Shift+Arrow.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.classList.contains("article-editor"))) break;
  }
  await expect(page.locator(".article-editor")).toBeFocused();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < "Unemployment fell to 3 percent".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("c");

  const card = claimCard(page, "Unemployment fell to 3 percent");
  await expect(card).toBeVisible();
  await expect(page.getByTestId("feedback")).toHaveText("Claim saved.");
  await expect(card.locator(".claim-quote")).toHaveText("“Unemployment fell to 3 percent”");

  // The saved claim's card has the focus: set a verdict with a number key (4 = mostly false).
  await expect(card.locator(".claim-card-head")).toBeFocused();
  await page.keyboard.press("4");
  await expect(card.locator(".verdict-badge")).toHaveText("Mostly false");
  await page.keyboard.press("Enter");
  await expect(card).not.toHaveClass(/is-open/);
  await page.keyboard.press("Enter");
  await expect(card.getByLabel("Verdict")).toHaveValue("mostly-false");
  await expect(page.locator('.article-editor .claim-highlight.verdict-mostly-false')).toHaveText("Unemployment fell to 3 percent");
});
