import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, storageStatePath, type AccountKey } from "./fixtures/accounts";
import { createClaimViaApi, importArticle } from "./fixtures/article-page";

const TEXT = "The port handled 12 million containers last year, a record.\n\nUnions say the figure counts empty boxes twice.";

async function openClaim(browser: Browser, account: AccountKey, articleId: string, claimId: string): Promise<Page> {
  const page = await (await browser.newContext({ storageState: storageStatePath(account) })).newPage();
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("connection-state")).toHaveText("Live");
  await page.locator(`[data-claim-card="${claimId}"] .claim-card-head`).click();
  await expect(page.locator(`[data-claim-card="${claimId}"]`).getByTestId("comments")).toContainText("No comments yet.");
  return page;
}

test("reviewers discuss a claim: a comment with a mention and a link, a live reply, a resolved thread", async ({ browser, baseURL }) => {
  const article = await importArticle(baseURL!, { title: `Comments ${Date.now()}`, text: TEXT });
  const claim = await createClaimViaApi(baseURL!, "reviewer", article.id, article.text, "The port handled 12 million containers last year");
  const rosa = await openClaim(browser, "reviewer", article.id, claim.id);
  const ravi = await openClaim(browser, "reviewer2", article.id, claim.id);
  const rosaThreads = rosa.locator(`[data-claim-card="${claim.id}"]`).getByTestId("comments");
  const raviThreads = ravi.locator(`[data-claim-card="${claim.id}"]`).getByTestId("comments");

  // Rosa writes, picking Ravi from the @ list with the keyboard.
  const box = rosaThreads.getByRole("combobox", { name: "Add a comment" });
  await box.fill("Is this right? See https://example.org/port-stats <b>and</b> ask @Rav");
  await expect(rosaThreads.getByRole("option", { name: ACCOUNTS.reviewer2.name })).toBeVisible();
  await box.press("Enter");
  await expect(box).toHaveValue(`Is this right? See https://example.org/port-stats <b>and</b> ask @${ACCOUNTS.reviewer2.name} `);
  await rosaThreads.getByRole("button", { name: "Comment" }).click();

  // Ravi sees it live: the mention as a name, the link as a link, the markup as text.
  const comment = raviThreads.getByRole("article", { name: `Comment by ${ACCOUNTS.reviewer.name}` });
  await expect(comment).toContainText(`@${ACCOUNTS.reviewer2.name}`, { timeout: 3_000 });
  await expect(comment.getByRole("link", { name: "https://example.org/port-stats" })).toHaveAttribute("rel", /noopener/);
  await expect(comment).toContainText("<b>and</b>");
  expect(await comment.locator("b").count()).toBe(0);

  // He replies; Rosa sees the reply, then resolves the thread: it collapses to one line for both.
  await raviThreads.getByRole("button", { name: "Reply" }).click();
  await raviThreads.getByRole("combobox", { name: "Reply" }).fill("The 2023 report says 11.8 million.");
  await raviThreads.getByRole("button", { name: "Reply", exact: true }).last().click();
  await expect(rosaThreads.getByRole("article", { name: `Comment by ${ACCOUNTS.reviewer2.name}` })).toContainText("11.8 million", { timeout: 3_000 });
  await rosaThreads.getByRole("button", { name: "Resolve" }).click();
  await expect(rosaThreads).toContainText(`Resolved by ${ACCOUNTS.reviewer.name} · 2 comments`);
  await expect(raviThreads).toContainText(`Resolved by ${ACCOUNTS.reviewer.name}`, { timeout: 3_000 });

  // The activity panel tells the three actions, newest first, live.
  await rosa.getByTestId("activity").locator("summary").click();
  const lines = rosa.getByTestId("activity").getByRole("listitem");
  await expect(lines.nth(0)).toContainText(`${ACCOUNTS.reviewer.name} resolved a thread on “The port handled 12 million containers last year”`);
  await expect(lines.nth(1)).toContainText(`${ACCOUNTS.reviewer2.name} replied to a comment on`);
  await expect(lines.nth(2)).toContainText(`${ACCOUNTS.reviewer.name} commented on`);

  // Ravi was mentioned: My work lists it (with a badge) until he opens the claim from there.
  await ravi.goto("/me");
  await expect(ravi.getByTestId("my-work-link")).toContainText("1");
  const mention = ravi.getByTestId("work-mentions").getByRole("listitem");
  await expect(mention).toContainText(`${ACCOUNTS.reviewer.name}: Is this right?`);
  await expect(mention).toContainText(`@${ACCOUNTS.reviewer2.name}`);
  await mention.getByRole("link").click();
  await expect(ravi.locator(`[data-claim-card="${claim.id}"].is-open`)).toBeVisible();
  await expect(ravi.locator(`[data-claim-card="${claim.id}"]`).getByTestId("comments")).toContainText("Resolved by");
  await ravi.goto("/me");
  await expect(ravi.getByTestId("work-mentions")).toHaveCount(0);
  await expect(ravi.getByText("Nobody is waiting for your answer.")).toBeVisible();

  // Reloaded, it is all still there.
  await rosa.reload();
  await rosa.locator(`[data-claim-card="${claim.id}"] .claim-card-head`).click();
  await expect(rosa.locator(`[data-claim-card="${claim.id}"]`).getByTestId("comments")).toContainText("Resolved by");
  await rosa.context().close();
  await ravi.context().close();
});
