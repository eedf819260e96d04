import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./fixtures/accounts";
import { apiAs, claimCard, createClaimViaApi, importArticle } from "./fixtures/article-page";

test.use({ storageState: storageStatePath("reviewer") });

const TEXT = "A very long source address follows.\n\nThe minister said unemployment fell to 3 percent in the third quarter of the year.";
const QUOTE = "unemployment fell to 3 percent";
const LONG_URL = `https://statistics.example.org/${"labour-market-survey-".repeat(8)}table-3?${"q=quarter&".repeat(6)}`;

/** Every element that scrolls sideways, by a short description; [] when none does. */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page (${root.scrollWidth} > ${root.clientWidth})`);
    for (const selector of [".workspace-sidebar", ".claim-card.is-open", ".claim-form", ".source-form", ".comment-composer"]) {
      document.querySelectorAll<HTMLElement>(selector).forEach((element) => {
        if (element.scrollWidth > element.clientWidth + 1) found.push(`${selector} (${element.scrollWidth} > ${element.clientWidth})`);
      });
    }
    return found;
  });
}

for (const width of [360, 390, 768, 1440]) {
  test(`at ${width} px nothing scrolls sideways, with every form of a claim open`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width, height: 900 });
    const article = await importArticle(baseURL!, { title: `Wide forms ${width} ${Date.now()}`, text: TEXT });
    const claim = await createClaimViaApi(baseURL!, "reviewer", article.id, TEXT, QUOTE);
    const api = await apiAs("reviewer", baseURL!);
    const added = await api.post(`/api/claims/${claim.id}/sources`, { data: { url: LONG_URL, title: "A".repeat(120), publisher: "Statistics Office of a Very Long Name", stance: "refutes", excerpt: "x".repeat(300) } });
    expect(added.status()).toBe(201);
    await api.dispose();

    await page.goto(`/articles/${article.id}`);
    const show = page.getByRole("group", { name: "Show" });
    if (await show.isVisible()) await show.getByRole("button", { name: /Claims/ }).click();
    const card = claimCard(page, QUOTE);
    await card.locator(".claim-card-head").click();
    await card.getByText("Add a source").click();
    await card.locator(".add-source form").getByLabel("Source URL").fill(LONG_URL);
    await card.getByRole("button", { name: "Edit" }).click();
    await expect(card.locator(".source-form")).toHaveCount(2);
    await expect(card.locator(".claim-form")).toBeVisible();
    expect(await sidewaysScrollers(page)).toEqual([]);
  });
}
