import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStatePath, ACCOUNTS, type AccountKey } from "./fixtures/accounts";
import { apiAs, createClaimViaApi, importArticle } from "./fixtures/article-page";

const TEXT = [
  "The storm cut power to 400,000 households across the region on Monday night.",
  "Crews restored electricity to most homes within twelve hours, the utility said.",
].join("\n\n");
const FIRST = "The storm cut power to 400,000 households";
const SECOND = "Crews restored electricity to most homes within twelve hours";

async function openAs(browser: Browser, account: AccountKey, articleId: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(account) });
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("connection-state")).toHaveText("Live");
  return page;
}

const card = (page: Page, claimId: string) => page.locator(`[data-claim-card="${claimId}"]`);

async function openCard(page: Page, claimId: string) {
  await card(page, claimId).locator(".claim-card-head").click();
  await expect(card(page, claimId).getByTestId("review-panel")).toBeVisible();
  return card(page, claimId);
}

async function recordReview(page: Page, claimId: string, rating: string, reasons: string) {
  const form = card(page, claimId).getByRole("form", { name: "My review" });
  await form.getByLabel("Record my rating").selectOption({ label: rating });
  await form.getByLabel("My reasons").fill(reasons);
  await form.getByRole("button", { name: "Record my review" }).click();
  await expect(form.getByRole("status")).toHaveText("Your review was recorded.");
}

test("two reviewers review a claim blind, an editor sees both and rules, and the agreement follows", async ({ browser, baseURL }) => {
  const article = await importArticle(baseURL!, { title: `Blind desk ${Date.now()}`, text: TEXT });
  const first = await createClaimViaApi(baseURL!, "editor", article.id, article.text, FIRST);
  const second = await createClaimViaApi(baseURL!, "editor", article.id, article.text, SECOND);
  const [eddie, rosa, ravi] = [await openAs(browser, "editor", article.id), await openAs(browser, "reviewer", article.id), await openAs(browser, "reviewer2", article.id)];

  // The editor makes the article's reviews blind; the reviewers' pages say so at once.
  await eddie.getByTestId("review-policy").getByLabel("Blind").check();
  await expect(rosa.getByTestId("review-policy")).toContainText("Blind review");
  await expect(ravi.getByTestId("review-policy")).toContainText("Blind review");

  // Rosa reviews the first claim; Ravi is told a review exists, and sees nothing of it.
  await openCard(rosa, first.id);
  await recordReview(rosa, first.id, "False", "The utility's figure is 250,000 households.");
  const raviCard = await openCard(ravi, first.id);
  await expect(raviCard.getByTestId("reviews-hidden")).toHaveText("1 review hidden until you record yours.");
  await expect(raviCard).not.toContainText("250,000 households");
  await expect(raviCard.getByTestId("review-list")).toHaveCount(0);

  // Ravi records his own: now both see both, side by side (Rosa's card updates by itself).
  await recordReview(ravi, first.id, "Mostly false", "Somewhere between the two counts.");
  await expect(raviCard.getByTestId("review-list")).toContainText(`${ACCOUNTS.reviewer.name}`);
  await expect(raviCard.getByTestId("review-list")).toContainText("250,000 households");
  await expect(card(rosa, first.id).getByTestId("review-list")).toContainText("Somewhere between the two counts.");

  // Under blind review the verdict keys record a reviewer's own review: Rosa presses 1 (True) on
  // the second claim, Ravi agrees through the API.
  await card(rosa, second.id).locator(".claim-card-head").focus();
  await rosa.keyboard.press("1");
  await expect(rosa.getByTestId("feedback").first()).toHaveText("Your review: True.");
  const raviApi = await apiAs("reviewer2", baseURL!);
  expect((await raviApi.put(`/api/claims/${second.id}/review`, { data: { rating: "true" } })).status()).toBe(200);
  await raviApi.dispose();

  // The editor sees every review with its reasons, and the agreement: one disagreement (False vs
  // Mostly false) and one agreement (True, True): nominal 1 - 3*2/10 = 0.4, ordinal 0.833.
  await eddie.getByTestId("agreement-panel").locator("summary").click();
  await expect(eddie.getByTestId("alpha-nominal")).toHaveText("α 0.400");
  await expect(eddie.getByTestId("alpha-ordinal")).toHaveText("α 0.833");
  const eddieCard = await openCard(eddie, first.id);
  await expect(eddieCard.getByTestId("review-list").locator(".review")).toHaveCount(2);
  await expect(eddieCard).toContainText("250,000 households");
  await expect(eddieCard).toContainText("Somewhere between the two counts.");

  // The disagreement filter lists the first claim only.
  await eddie.getByRole("button", { name: "Show the 1 claim where reviewers disagree" }).click();
  await expect(eddie.locator(".claim-card")).toHaveCount(1);

  // The editor rules; the reviewers see the final verdict without reloading.
  const ruling = eddieCard.getByRole("form", { name: "Final verdict" });
  await ruling.getByLabel("Final verdict").selectOption({ label: "False" });
  await ruling.getByRole("button", { name: "Rule" }).click();
  await expect(ruling.getByRole("status")).toHaveText("Final verdict: False.");
  await expect(card(rosa, first.id).locator(".claim-card-head .verdict-badge")).toHaveText("False");
  await expect(card(ravi, first.id).locator(".claim-card-head .verdict-badge")).toHaveText("False");

  // A reviewer cannot set the final verdict through the API either.
  const rosaApi = await apiAs("reviewer", baseURL!);
  expect((await rosaApi.put(`/api/claims/${second.id}/verdict`, { data: { version: second.version, verdict: "true" } })).status()).toBe(403);
  await rosaApi.dispose();

  for (const page of [eddie, rosa, ravi]) await page.context().close();
});
