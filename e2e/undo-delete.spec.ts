import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/accounts";
import { claimCard, createClaimViaApi, importArticle } from "./fixtures/article-page";

test.use({ storageState: storageStatePath("reviewer") });

const TEXT = "The bridge opened in 1932, the council said.\n\nIt carries 40,000 cars a day, according to the operator.";
const QUOTE = "It carries 40,000 cars a day";

test("feedback shows on the card where the action was and in the toasts; a delete asks nothing and can be undone, for a claim and a source", async ({ page, baseURL }) => {
  page.on("dialog", (dialog) => {
    throw new Error(`no dialog expected, got ${dialog.type()}: ${dialog.message()}`);
  });
  const article = await importArticle(baseURL!, { title: `Undo journey ${Date.now()}`, text: TEXT });
  await createClaimViaApi(baseURL!, "reviewer", article.id, TEXT, QUOTE);
  await page.goto(`/articles/${article.id}`);
  const card = claimCard(page, QUOTE);
  await card.locator(".claim-card-head").click();

  // A source added at the bottom of the card: the result is shown in the card, in view, and in the toasts.
  await card.getByText("Add a source").click();
  const form = card.locator(".add-source form");
  await form.getByLabel("Source URL").fill("https://operator.example.org/traffic");
  await form.getByLabel("Title").fill("Traffic counts 2025");
  await form.getByLabel("Supports").check();
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(card.getByTestId("card-feedback")).toHaveText("Source added.");
  await expect(card.getByTestId("card-feedback")).toBeInViewport();
  const toasts = page.getByRole("region", { name: /Notifications/ });
  await expect(toasts.getByTestId("feedback").first()).toHaveText("Source added.");
  await expect(toasts.getByTestId("feedback").first()).toBeInViewport();

  // Removing the source: gone at once, "Undo" brings it back.
  await card.getByRole("button", { name: "Remove" }).click();
  await expect(card.getByRole("link", { name: "Traffic counts 2025" })).toHaveCount(0);
  const removed = toasts.getByTestId("feedback").first();
  await expect(removed).toContainText("Source removed.");
  await removed.getByRole("button", { name: "Undo" }).click();
  await expect(card.getByRole("link", { name: "Traffic counts 2025" })).toBeVisible();
  await expect(card.getByTestId("card-feedback")).toHaveText("Source restored.");

  // Deleting the claim (its author, a reviewer): no confirm(), an Undo, and it is back after a reload.
  await card.getByRole("button", { name: "Delete claim" }).click();
  await expect(card).toHaveCount(0);
  await expect(page.locator(".article-editor .claim-highlight", { hasText: "40,000 cars" })).toHaveCount(0);
  const deleted = toasts.getByTestId("feedback").first();
  await expect(deleted).toContainText("Claim deleted.");
  await deleted.getByRole("button", { name: "Undo" }).click();
  await expect(card).toBeVisible();
  await expect(page.locator(".article-editor .claim-highlight", { hasText: "40,000 cars" }).first()).toBeVisible();
  await page.reload();
  await expect(claimCard(page, QUOTE)).toContainText("1 source");
});

test("an error stays in the toasts until dismissed, and on the card", async ({ page, baseURL }) => {
  const article = await importArticle(baseURL!, { title: `Error journey ${Date.now()}`, text: TEXT });
  await createClaimViaApi(baseURL!, "reviewer", article.id, TEXT, QUOTE);
  await page.goto(`/articles/${article.id}`);
  const card = claimCard(page, QUOTE);
  await card.locator(".claim-card-head").click();
  await page.route("**/api/claims/*", (route) => (route.request().method() === "PATCH" ? route.fulfill({ status: 503, json: { error: { code: "unavailable", message: "The server is busy." } } }) : route.fallback()));
  await card.getByLabel("Claimant").fill("The operator");
  await card.getByRole("button", { name: "Save claim" }).click();
  const toast = page.getByRole("region", { name: /Notifications/ }).getByTestId("feedback").first();
  await expect(toast).toContainText("The server is busy.", { timeout: 20_000 });
  await expect(card.getByTestId("card-feedback")).toContainText("The server is busy.");
  await page.waitForTimeout(6_000); // longer than a success toast lasts
  await expect(toast).toContainText("The server is busy.");
  await toast.getByRole("button", { name: /close/i }).click();
  await expect(page.getByRole("region", { name: /Notifications/ }).getByText("The server is busy.")).toHaveCount(0);
});
