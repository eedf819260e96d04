import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { storageStatePath } from "./fixtures/accounts";
import { importArticle, selectText } from "./fixtures/article-page";

test.use({ storageState: storageStatePath("reviewer") });

test("a reviewer marks a claim, downloads the article's CSV and finds the claim in it", async ({ page, baseURL }) => {
  const quote = "Exports rose by 12%, to “record” levels";
  const article = await importArticle(baseURL!, { title: `Export journey ${Date.now()}`, text: `${quote}, officials said.\n\nAnalysts were cautious.` });
  await page.goto(`/articles/${article.id}`);
  await selectText(page, quote);
  await page.keyboard.press("c");
  await expect(page.getByTestId("feedback").first()).toHaveText("Claim saved.");
  await page.locator(".claim-card.is-open").getByLabel("Verdict").selectOption("half-true");
  await page.locator(".claim-card.is-open").getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByTestId("feedback").first()).toHaveText("Changes saved.");

  const downloading = page.waitForEvent("download");
  await page.getByTestId("export-csv").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^export-journey-\\d+-\\d{4}-\\d\\d-\\d\\d\\.csv$`));
  const text = await readFile(await download.path(), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(rows).toHaveLength(1);
  const cell = Object.fromEntries(header!.map((name, index) => [name, rows[0]![index]]));
  expect(cell).toMatchObject({ article_id: article.id, quote, verdict: "half-true", status: "open", orphan: "false" });
});

test("the articles list offers every claim as one CSV", async ({ page }) => {
  await page.goto("/");
  const downloading = page.waitForEvent("download");
  await page.getByTestId("export-all-csv").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^claims-\d{4}-\d\d-\d\d\.csv$/);
  const text = await readFile(await download.path(), "utf8");
  expect(text.slice(1, text.indexOf("\r\n"))).toMatch(/^article_id,article_title,article_url,claim_id,quote,/);
});
