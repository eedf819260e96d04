import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStatePath, ACCOUNTS, type AccountKey } from "./fixtures/accounts";
import { apiAs, claimCard, importArticle, selectText } from "./fixtures/article-page";

const TEXT = [
  "The city council approved a budget of 4.2 million euros for new cycle lanes on Tuesday.",
  "The mayor said the lanes would halve commuting times within two years.",
  "Opposition members called the plan the most expensive in the region's history.",
].join("\n\n");

async function openAs(browser: Browser, account: AccountKey, articleId: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(account) });
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  await expect(page.locator(".article-editor")).toBeVisible();
  await expect(page.getByTestId("connection-state")).toHaveText("Live");
  return page;
}

test.describe("two reviewers on one article", () => {
  let articleId: string;
  let rosa: Page;
  let eddie: Page;

  test.beforeEach(async ({ browser, baseURL }) => {
    articleId = (await importArticle(baseURL!, { title: `Live desk ${Date.now()}`, text: TEXT })).id;
    rosa = await openAs(browser, "reviewer", articleId);
    eddie = await openAs(browser, "editor", articleId);
  });

  test.afterEach(async () => {
    await rosa.context().close();
    await eddie.context().close();
  });

  test("see each other, and each other's claims and sources, without reloading", async () => {
    // Presence: each sees the other's initials, with the name on hover.
    await expect(rosa.getByTestId("presence-avatar")).toHaveAttribute("title", `${ACCOUNTS.editor.name} (Editor)`);
    await expect(eddie.getByTestId("presence-avatar")).toHaveAttribute("title", `${ACCOUNTS.reviewer.name} (Reviewer)`);

    const quote = "The mayor said the lanes would halve commuting times";
    await selectText(rosa, quote);
    await rosa.getByRole("button", { name: /Mark as claim/ }).click();
    await expect(rosa.getByTestId("feedback").first()).toHaveText("Claim saved.");
    const claimId = await rosa.locator(".claim-card.is-open").getAttribute("data-claim-card");

    // Eddie: the highlight and the card appear, with Rosa's initials, and the count goes up.
    await expect(eddie.locator(`.article-editor [data-claim-id="${claimId}"]`).first()).toBeVisible({ timeout: 3_000 });
    const card = eddie.locator(`[data-claim-card="${claimId}"]`);
    await expect(card).toContainText(quote);
    await expect(card.getByTestId("recent-change")).toContainText("RR");
    await expect(eddie.getByTestId("claim-count")).toHaveText("1");

    // Eddie adds a source; Rosa's card counts it, and shows who is on the claim.
    await card.locator(".claim-card-head").click();
    await expect(rosa.locator(`[data-claim-card="${claimId}"]`).getByTestId("claim-viewer")).toHaveAttribute("title", `${ACCOUNTS.editor.name} is on this claim`);
    await card.getByText("Add a source").click();
    const form = card.locator(".add-source form");
    await form.getByLabel("Source URL").fill("https://example.org/council-minutes");
    await form.getByLabel("Supports").check();
    await form.getByRole("button", { name: "Add source" }).click();
    await expect(eddie.getByTestId("feedback").first()).toHaveText("Source added.");
    await expect(rosa.locator(`[data-claim-card="${claimId}"]`)).toContainText("1 source", { timeout: 3_000 });
  });

  test("editing the same claim: the form shows who changed it, theirs against mine, and saves the merge on their version", async () => {
    const quote = "Opposition members called the plan the most expensive";
    await selectText(rosa, quote);
    await rosa.getByRole("button", { name: /Mark as claim/ }).click();
    await expect(rosa.getByTestId("feedback").first()).toHaveText("Claim saved.");
    const claimId = (await rosa.locator(".claim-card.is-open").getAttribute("data-claim-card"))!;
    const rosaCard = rosa.locator(`[data-claim-card="${claimId}"]`);
    await rosaCard.getByLabel("Claimant").fill("Opposition councillors");
    await rosaCard.getByLabel("Claim, in one line").fill("Rosa's wording");

    // Meanwhile Eddie saves a different wording and a verdict.
    const eddieCard = eddie.locator(`[data-claim-card="${claimId}"]`);
    await eddieCard.locator(".claim-card-head").click();
    await eddieCard.getByLabel("Claim, in one line").fill("Eddie's wording");
    await eddieCard.getByLabel("Verdict").selectOption("misleading");
    await eddieCard.getByRole("button", { name: "Save claim" }).click();
    await expect(eddie.getByTestId("feedback").first()).toHaveText("Changes saved.");

    // Rosa's unsaved values are kept; the form names Eddie and compares field by field.
    const conflict = rosaCard.getByTestId("conflict-view");
    await expect(conflict).toContainText(`Changed by ${ACCOUNTS.editor.name} just now`);
    await expect(rosaCard.getByLabel("Claim, in one line")).toHaveValue("Rosa's wording");
    const row = (field: string) => conflict.getByRole("row").filter({ has: rosa.getByRole("rowheader", { name: field, exact: true }) });
    await expect(row("Claim")).toContainText("Eddie's wording");
    // She takes his verdict, keeps her wording and claimant, and saves on his version.
    await row("Verdict").getByRole("button", { name: "Take theirs" }).click();
    await expect(rosaCard.getByLabel("Verdict")).toHaveValue("misleading");
    await rosaCard.getByRole("button", { name: "Save claim" }).click();
    await expect(rosa.getByTestId("feedback").first()).toHaveText("Changes saved.");

    // Eddie sees the merged claim.
    await expect(eddieCard.getByLabel("Claim, in one line")).toHaveValue("Rosa's wording", { timeout: 3_000 });
    await expect(eddieCard.getByLabel("Claimant")).toHaveValue("Opposition councillors");
    await expect(eddieCard.locator(".verdict-badge")).toHaveText("Misleading");

    // The claim's history tells both saves, oldest first, with the old and new values.
    await eddieCard.getByTestId("claim-history").locator("summary").click();
    const entries = eddieCard.getByTestId("claim-history").locator(".activity-list > li");
    await expect(entries).toHaveCount(3);
    await expect(entries.nth(0)).toContainText(`${ACCOUNTS.reviewer.name} marked`);
    await expect(entries.nth(1)).toContainText(`${ACCOUNTS.editor.name} set the verdict of`);
    await expect(entries.nth(1)).toContainText("to Misleading");
    await expect(entries.nth(2)).toContainText("claimant: — → Opposition councillors");
  });

  test("the indicator follows the connection, and a reviewer who was offline catches up on what was missed", async ({ baseURL }) => {
    await rosa.context().setOffline(true);
    await expect(rosa.getByTestId("connection-state")).toHaveText(/Offline|Reconnecting/);

    const quote = "The city council approved a budget of 4.2 million euros";
    await selectText(eddie, quote);
    await eddie.getByRole("button", { name: /Mark as claim/ }).click();
    await expect(eddie.getByTestId("feedback").first()).toHaveText("Claim saved.");

    await rosa.context().setOffline(false);
    await expect(rosa.getByTestId("connection-state")).toHaveText("Live", { timeout: 10_000 });
    await expect(claimCard(rosa, quote)).toHaveCount(1, { timeout: 5_000 });
    await expect(rosa.getByTestId("claim-count")).toHaveText("1");
    expect(baseURL).toBeTruthy();
  });

  test("a claim marked offline is kept, shown as not saved yet, and saved exactly once when the connection returns, even after the tab was closed", async ({ baseURL }) => {
    const claimsOnServer = async () => {
      const api = await apiAs("reviewer", baseURL!);
      const { claims } = await (await api.get(`/api/articles/${articleId}/claims`)).json();
      await api.dispose();
      return claims as { selector: { exact: string } }[];
    };
    const first = "The city council approved a budget";
    const second = "Opposition members called the plan";

    await rosa.context().setOffline(true);
    await selectText(rosa, first);
    await rosa.getByRole("button", { name: /Mark as claim/ }).click();
    await expect(rosa.getByTestId("queued-writes")).toContainText("Not saved yet (1)");
    await expect(rosa.getByTestId("feedback").first()).toContainText("Not saved yet");
    await rosa.context().setOffline(false);
    await expect(claimCard(rosa, first)).toHaveCount(1, { timeout: 10_000 });
    await expect(rosa.getByTestId("queued-writes")).toHaveCount(0);
    await expect(claimCard(eddie, first)).toHaveCount(1);

    // Offline again: marked, then the tab is closed before the connection returns.
    await rosa.context().setOffline(true);
    await selectText(rosa, second);
    await rosa.getByRole("button", { name: /Mark as claim/ }).click();
    await expect(rosa.getByTestId("queued-writes")).toContainText("Not saved yet (1)");
    const context = rosa.context();
    await rosa.close();
    await context.setOffline(false);
    rosa = await context.newPage();
    await rosa.goto(`/articles/${articleId}`);
    await expect(claimCard(rosa, second)).toHaveCount(1, { timeout: 10_000 });
    await expect(rosa.getByTestId("queued-writes")).toHaveCount(0);

    const saved = (await claimsOnServer()).map((claim) => claim.selector.exact);
    expect(saved.filter((quote) => quote.startsWith(first))).toHaveLength(1);
    expect(saved.filter((quote) => quote.startsWith(second))).toHaveLength(1);
  });

  test("a colleague's change never takes away the words being selected; an editor's text edit reaches the others with claims re-anchored", async ({ baseURL }) => {
    // Rosa has words selected when Eddie's claim arrives: they stay selected.
    await selectText(rosa, "Opposition members called the plan");
    await selectText(eddie, "The mayor said the lanes would halve commuting times");
    await eddie.getByRole("button", { name: /Mark as claim/ }).click();
    await expect(claimCard(rosa, "The mayor said the lanes")).toHaveCount(1);
    expect(await rosa.evaluate(() => window.getSelection()?.toString())).toBe("Opposition members called the plan");

    // Eddie's colleague edits the text through the API: Rosa sees the new text and the claim in its new place.
    const api = await apiAs("editor", baseURL!);
    const edited = `Breaking: a correction was added at the top.\n\n${TEXT}`;
    const response = await api.patch(`/api/articles/${articleId}`, { data: { version: 1, text: edited } });
    expect(response.status()).toBe(200);
    await api.dispose();
    await expect(rosa.locator(".article-editor")).toContainText("Breaking: a correction was added at the top.", { timeout: 5_000 });
    await expect(rosa.locator(".article-meta")).toContainText("version 2");
    await expect(rosa.locator(".article-editor .claim-highlight", { hasText: "The mayor said the lanes" }).first()).toBeVisible();
  });

  test("an edit saved offline that meets a newer version opens in the conflict view instead of overwriting", async () => {
    const quote = "The mayor said the lanes would halve commuting times";
    await selectText(rosa, quote);
    await rosa.getByRole("button", { name: /Mark as claim/ }).click();
    await expect(rosa.getByTestId("feedback").first()).toHaveText("Claim saved.");
    const claimId = (await rosa.locator(".claim-card.is-open").getAttribute("data-claim-card"))!;

    // Offline, Rosa sets a verdict and saves: it waits in her browser.
    await rosa.context().setOffline(true);
    const rosaCard = rosa.locator(`[data-claim-card="${claimId}"]`);
    await rosaCard.getByLabel("Verdict").selectOption("false");
    await rosaCard.getByRole("button", { name: "Save claim" }).click();
    await expect(rosa.getByTestId("queued-writes")).toContainText("Not saved yet (1)");
    const context = rosa.context();
    await rosa.close();

    // Meanwhile Eddie gives it another verdict.
    const eddieCard = eddie.locator(`[data-claim-card="${claimId}"]`);
    await eddieCard.locator(".claim-card-head").click();
    await eddieCard.getByLabel("Verdict").selectOption("mostly-true");
    await eddieCard.getByRole("button", { name: "Save claim" }).click();
    await expect(eddie.getByTestId("feedback").first()).toHaveText("Changes saved.");

    // Rosa is back: her edit is not applied over Eddie's; her claim's form compares the two.
    await context.setOffline(false);
    rosa = await context.newPage();
    await rosa.goto(`/articles/${articleId}`);
    await expect(rosa.getByTestId("feedback").first()).toContainText("met a newer version", { timeout: 10_000 });
    await expect(rosa.getByTestId("queued-writes")).toHaveCount(0);
    const card = rosa.locator(`[data-claim-card="${claimId}"]`);
    await expect(card.locator(".verdict-badge")).toHaveText("Mostly true");
    await card.locator(".claim-card-head").click();
    const conflict = card.getByTestId("conflict-view");
    const verdictRow = conflict.getByRole("row").filter({ has: rosa.getByRole("rowheader", { name: "Verdict", exact: true }) });
    await expect(verdictRow).toContainText("Mostly true");
    await expect(verdictRow).toContainText("False");
    await expect(card.getByLabel("Verdict")).toHaveValue("false");
  });
});
