import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/accounts";
import { createClaimViaApi, importArticle } from "./fixtures/article-page";

test.use({ storageState: storageStatePath("reviewer") });

const TEXT = "The harbour handled 12 million tonnes of cargo last year.\n\nThe council disputed it.";

test("an article page asks for its claims once, and the browser console stays quiet", async ({ page, baseURL }) => {
  const article = await importArticle(baseURL!, { title: `One load ${Date.now()}`, text: TEXT });
  await createClaimViaApi(baseURL!, "reviewer", article.id, TEXT, "12 million tonnes");
  const claimLoads: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "GET" && new URL(request.url()).pathname === `/api/articles/${article.id}/claims`) claimLoads.push(request.url());
  });
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));

  await page.goto(`/articles/${article.id}`);
  await expect(page.getByTestId("claim-count")).toHaveText("1");
  await expect(page.getByTestId("connection-state")).toHaveText("Live");
  await page.waitForLoadState("networkidle").catch(() => undefined); // the live stream keeps a request open
  await page.waitForTimeout(1_000); // anything a late effect would still ask for
  expect(claimLoads).toHaveLength(1);
  expect(problems).toEqual([]);
});
