import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { storageStatePath, type AccountKey } from "./fixtures/accounts";
import { claimCard, createClaimViaApi, importArticle } from "./fixtures/article-page";
import { OVERLAP_INNER, OVERLAP_OUTER } from "./fixtures/long-article";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const TEXT = `The port authority spoke on Monday, and ${OVERLAP_OUTER}.\n\nIt handled 12 million tonnes of cargo last year.`;

/** axe on the page as it is now: the serious and critical violations (expected none), and a summary in the report. */
async function audit(page: Page, testInfo: TestInfo, name: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const byImpact = (impact: string) => results.violations.filter((violation) => violation.impact === impact);
  const summary = `${name}: ${results.passes.length} rules passed; violations: ${["critical", "serious", "moderate", "minor"].map((impact) => `${byImpact(impact).length} ${impact}`).join(", ")}`;
  console.log(`axe ${summary}`);
  await testInfo.attach(`axe ${name}`, { body: JSON.stringify(results.violations, null, 2), contentType: "application/json" });
  const blocking = [...byImpact("critical"), ...byImpact("serious")].map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(blocking, `${name}: serious or critical axe violations`).toEqual([]);
}

const signedIn = (account: AccountKey) => ({ storageState: storageStatePath(account) });

test.describe("signed out", () => {
  test("the sign-in page", async ({ page }, testInfo) => {
    await page.goto("/signin");
    await audit(page, testInfo, "sign-in");
  });
});

test.describe("as a reviewer", () => {
  test.use(signedIn("reviewer"));

  test("the articles list, My work, settings", async ({ page }, testInfo) => {
    await page.goto("/");
    await audit(page, testInfo, "articles list");
    await page.goto("/me");
    await audit(page, testInfo, "my work");
    await page.goto("/settings");
    await audit(page, testInfo, "settings");
  });

  test("the article page: with claims, a claim open with its forms, the chooser, on a phone", async ({ page, baseURL }, testInfo) => {
    const article = await importArticle(baseURL!, { title: `Accessible workspace ${Date.now()}`, text: TEXT });
    await createClaimViaApi(baseURL!, "reviewer", article.id, TEXT, OVERLAP_OUTER);
    await createClaimViaApi(baseURL!, "reviewer", article.id, TEXT, OVERLAP_INNER);
    await page.goto(`/articles/${article.id}`);
    await expect(page.locator(".article-editor .claim-overlap")).toHaveCount(1);
    await page.getByText("Highlight legend and shortcuts").click();
    await audit(page, testInfo, "article with claims");
    const card = claimCard(page, OVERLAP_OUTER);
    await card.locator(".claim-card-head").click();
    await card.getByText("Add a source").click();
    await audit(page, testInfo, "article with a claim form open");
    await page.locator(".article-editor .claim-overlap").click();
    await expect(page.getByRole("dialog", { name: "Claims here" })).toBeVisible();
    await audit(page, testInfo, "article with the overlap chooser");
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator(".article-editor .claim-highlight").first().click();
    await audit(page, testInfo, "article on a phone, claim sheet open");
  });
});

test.describe("as an editor", () => {
  test.use(signedIn("editor"));

  test("the article in edit mode, the agreement page", async ({ page, baseURL }, testInfo) => {
    const article = await importArticle(baseURL!, { title: `Accessible edit ${Date.now()}`, text: TEXT });
    await page.goto(`/articles/${article.id}`);
    await page.getByRole("button", { name: "Edit text" }).click();
    await audit(page, testInfo, "article in edit mode");
    await page.goto("/agreement");
    await audit(page, testInfo, "agreement");
  });
});

test.describe("as an admin", () => {
  test.use(signedIn("admin"));

  test("the users page and the audit log", async ({ page }, testInfo) => {
    await page.goto("/admin/users");
    await audit(page, testInfo, "admin users");
    await page.goto("/admin/audit");
    await audit(page, testInfo, "audit log");
  });
});

test.describe("focus is never hidden under the sticky header (WCAG 2.4.11)", () => {
  test.use(signedIn("reviewer"));

  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    test(`tabbing through the workspace at ${viewport.width}x${viewport.height}`, async ({ page, baseURL }) => {
      await page.setViewportSize(viewport);
      const text = Array.from({ length: 12 }, (_, n) => `Paragraph ${n + 1} says the harbour handled ${n + 10} million tonnes.`).join("\n\n");
      const article = await importArticle(baseURL!, { title: `Focus ${viewport.width} ${Date.now()}`, text });
      for (let n = 1; n <= 8; n += 1) await createClaimViaApi(baseURL!, "reviewer", article.id, text, `handled ${n + 9} million tonnes`);
      await page.goto(`/articles/${article.id}`);
      const show = page.getByRole("group", { name: "Show" });
      if (await show.isVisible()) await show.getByRole("button", { name: /Claims/ }).click();
      await claimCard(page, "handled 10 million").locator(".claim-card-head").click();
      const hidden: string[] = [];
      // Forwards, then backwards: going back, each control comes into view from the top, under the header.
      for (let n = 0; n < 80; n += 1) {
        await page.keyboard.press(n < 40 ? "Tab" : "Shift+Tab");
        // Entirely hidden: every sampled point of it shows something stuck to the top instead.
        const obscured = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement | null;
          if (!focused || focused === document.body) return null;
          const box = focused.getBoundingClientRect();
          const points = [0.1, 0.5, 0.9].flatMap((fx) => [0.1, 0.5, 0.9].map((fy) => [box.left + box.width * fx, box.top + box.height * fy] as const));
          const stuck = (element: Element | null) => {
            for (let at = element; at; at = at.parentElement) {
              if (at.contains(focused) || focused.contains(at)) return false;
              if (["sticky", "fixed"].includes(getComputedStyle(at).position)) return true;
            }
            return false;
          };
          const inView = points.filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
          const isHidden = inView.length > 0 && inView.every(([x, y]) => stuck(document.elementFromPoint(x, y)));
          return isHidden ? `${focused.tagName} “${(focused.textContent ?? "").trim().slice(0, 40)}” at ${Math.round(box.top)}` : null;
        });
        if (obscured) hidden.push(obscured);
      }
      expect(hidden).toEqual([]);
    });
  }
});
