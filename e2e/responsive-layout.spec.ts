import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./fixtures/accounts";
import { claimCard, createClaimViaApi, importArticle } from "./fixtures/article-page";
import { CLAIM_QUOTE, longArticleText } from "./fixtures/long-article";

test.use({ storageState: storageStatePath("reviewer") });

const SCREENS = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 820, height: 1180 },
] as const;

/** window.scrollY once it has stopped changing (a smooth scroll may be under way). */
async function settledScroll(page: Page): Promise<number> {
  let last = -1;
  for (;;) {
    const now = await page.evaluate(() => new Promise<number>((resolve) => setTimeout(() => resolve(window.scrollY), 150)));
    if (now === last) return now;
    last = now;
  }
}

/** The first paragraph of the text in view, and its distance from the top of the window. */
async function readingPlace(page: Page): Promise<{ block: number; top: number }> {
  return page.evaluate(() => {
    const blocks = [...document.querySelector(".article-editor")!.children];
    const block = blocks.findIndex((element) => element.getBoundingClientRect().bottom > 0);
    return { block, top: Math.round(blocks[block]!.getBoundingClientRect().top) };
  });
}

async function noSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(clientWidth);
}

for (const screen of SCREENS) {
  test.describe(`on a ${screen.name} (${screen.width}x${screen.height})`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: true });

    test("one pane at a time, a compact header, and a tapped highlight opens its claim over the text, which stays where it was", async ({ page, baseURL }, testInfo) => {
      const text = longArticleText();
      const article = await importArticle(baseURL!, { title: `Harbour figures ${screen.name} ${Date.now()}`, text });
      // Two claims before it in the list: the sheet has to scroll to the one tapped.
      for (const earlier of ["Paragraph 3. The council met on Tuesday", "Paragraph 5. The council met on Tuesday"]) await createClaimViaApi(baseURL!, "reviewer", article.id, text, earlier);
      await createClaimViaApi(baseURL!, "reviewer", article.id, text, CLAIM_QUOTE);
      await page.goto(`/articles/${article.id}`);

      // The header is compact and nothing in it is cut off.
      const header = page.locator("header.app-header");
      expect((await header.boundingBox())!.height).toBeLessThan(110);
      const signOut = await page.getByRole("button", { name: "Sign out" }).boundingBox();
      expect(signOut!.x + signOut!.width).toBeLessThanOrEqual(screen.width);
      await noSidewaysScroll(page);

      // The article alone, with the switch; the claims list is not below it.
      const show = page.getByRole("group", { name: "Show" });
      await expect(show.getByRole("button", { name: "Article" })).toHaveAttribute("aria-pressed", "true");
      await expect(page.locator(".workspace-sidebar")).toBeHidden();

      const highlight = page.locator(".article-editor .claim-highlight", { hasText: "12 million tonnes" }).first();
      await highlight.scrollIntoViewIfNeeded();
      const before = await settledScroll(page);
      await highlight.tap();

      const card = claimCard(page, CLAIM_QUOTE);
      await expect(card).toHaveClass(/is-open/);
      await expect(card.locator(".claim-card-head")).toBeInViewport({ ratio: 1 });
      const head = (await card.locator(".claim-card-head").boundingBox())!;
      expect(head.y, "the card's head is in the sheet, not under its bar").toBeGreaterThanOrEqual((await page.getByRole("button", { name: "Back to the article" }).boundingBox())!.y + 30);
      await expect(highlight).toBeInViewport();
      const sheetTop = (await page.locator(".workspace-sidebar").boundingBox())!.y;
      // (They glide there, unless the reader asked for reduced motion.)
      await expect.poll(async () => (await highlight.boundingBox())!.y, { message: "the words stay above the sheet" }).toBeLessThan(sheetTop);
      const after = await settledScroll(page);
      expect(Math.abs(after - before), "the reading position is kept").toBeLessThan(screen.height / 2);
      await noSidewaysScroll(page);
      await testInfo.attach(`${screen.name}-claim-opened`, { body: await page.screenshot(), contentType: "image/png" });

      // Back to the text; the claims pane and back again, each where it was left.
      await page.getByRole("button", { name: "Back to the article" }).tap();
      await expect(page.locator(".workspace-sidebar")).toBeHidden();
      await settledScroll(page);
      const reading = await readingPlace(page);
      await show.getByRole("button", { name: "Claims (3)" }).tap();
      await expect(card).toBeInViewport();
      await expect(page.locator(".workspace-article")).toBeHidden();
      await testInfo.attach(`${screen.name}-claims-pane`, { body: await page.screenshot(), contentType: "image/png" });
      await show.getByRole("button", { name: "Article" }).tap();
      await expect(page.locator(".workspace-article")).toBeVisible();
      await expect(page.locator(".workspace-sidebar")).toBeHidden();
      // The same paragraph at the same height: the reader is where they were.
      await expect.poll(async () => Math.round((await page.locator(".article-editor > *").nth(reading.block).boundingBox())!.y)).toBe(reading.top);
    });
  });
}
