import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/accounts";
import { createClaimViaApi, highlightedTextOf, importArticle, selectText } from "./fixtures/article-page";

test.use({ storageState: storageStatePath("editor") });

const QUOTE = "the bridge will open in March";
const TEXT = [
  "The council met on Tuesday to discuss the budget.",
  `Officials said ${QUOTE}, two months late. Residents welcomed the news.`,
  "The mayor did not comment.",
].join("\n\n");

test("an editor edits the paragraph above a claim and the highlight stays on the same words", async ({ page, baseURL }) => {
  const article = await importArticle(baseURL!, { title: `Edit above ${Date.now()}`, text: TEXT });
  const claim = await createClaimViaApi(baseURL!, "reviewer", article.id, article.text, QUOTE);
  await page.goto(`/articles/${article.id}`);
  await expect.poll(() => highlightedTextOf(page, claim.id)).toBe(QUOTE);

  await page.getByRole("button", { name: "Edit text" }).click();
  await page.locator(".article-editor p").first().click();
  await page.keyboard.press("Home");
  await page.keyboard.type("After a long delay, ");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("feedback").first()).toContainText("Article saved (version 2)");
  await expect(page.getByTestId("feedback").first()).toContainText("Every claim still points at its text");

  await expect.poll(() => highlightedTextOf(page, claim.id)).toBe(QUOTE);
  await page.reload();
  await expect(page.locator(".article-editor p").first()).toContainText("After a long delay, The council met");
  await expect.poll(() => highlightedTextOf(page, claim.id)).toBe(QUOTE);
});

test("an editor deletes the claimed sentence and the claim appears under orphans", async ({ page, baseURL }) => {
  const article = await importArticle(baseURL!, { title: `Delete claimed ${Date.now()}`, text: TEXT });
  const claim = await createClaimViaApi(baseURL!, "reviewer", article.id, article.text, QUOTE);
  await page.goto(`/articles/${article.id}`);
  await expect.poll(() => highlightedTextOf(page, claim.id)).toBe(QUOTE);

  await page.getByRole("button", { name: "Edit text" }).click();
  await selectText(page, `Officials said ${QUOTE}, two months late. `);
  await page.keyboard.press("Backspace");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("feedback").first()).toContainText("1 claim lost its text");

  const orphans = page.getByTestId("orphan-claims");
  await expect(orphans).toContainText(QUOTE);
  await expect(page.locator(`.article-editor [data-claim-id="${claim.id}"]`)).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("orphan-claims")).toContainText(QUOTE);
  await expect(page.getByTestId("claim-count")).toHaveText("0");
});
