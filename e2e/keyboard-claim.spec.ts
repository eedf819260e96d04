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
  await expect(page.getByTestId("feedback").first()).toHaveText("Claim saved.");
  await expect(card.locator(".claim-quote")).toHaveText("“Unemployment fell to 3 percent”");

  // The saved claim's card has the focus: set a verdict with a number key (4 = mostly false).
  await expect(card.locator(".claim-card-head")).toBeFocused();
  await page.keyboard.press("4");
  await expect(card.locator(".verdict-badge")).toHaveText("Mostly false");
  // Enter on the open card never closes it: it goes into the form. Escape closes it and gives the
  // focus back to the card; Enter opens it again, straight into the form.
  await expect(card).toHaveClass(/is-open/);
  await page.keyboard.press("Enter");
  await expect(card).toHaveClass(/is-open/);
  await expect(card.getByLabel("Claimant")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(card).not.toHaveClass(/is-open/);
  await expect(card.locator(".claim-card-head")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(card.getByLabel("Claimant")).toBeFocused();
  await expect(card.getByLabel("Verdict")).toHaveValue("mostly-false");
  // Unsaved words keep the card open on Escape, and say why.
  await page.keyboard.type("The minister");
  await page.keyboard.press("Escape");
  await expect(card).toHaveClass(/is-open/);
  await expect(card.getByTestId("card-feedback")).toContainText("unsaved changes");
  await page.keyboard.press("Control+Enter");
  await expect(card.getByTestId("card-feedback")).toHaveText("Changes saved.");
  await page.keyboard.press("Escape");
  await expect(card).not.toHaveClass(/is-open/);
  await expect(card.locator(".claim-card-head")).toBeFocused();
  await expect(page.locator('.article-editor .claim-highlight.verdict-mostly-false')).toHaveText("Unemployment fell to 3 percent");
});
