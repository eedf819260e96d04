import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/accounts";
import { createClaimViaApi, importArticle } from "./fixtures/article-page";
import { OVERLAP_INNER, OVERLAP_OUTER } from "./fixtures/long-article";

test.use({ storageState: storageStatePath("reviewer") });

const TEXT = `The port authority spoke on Monday, and ${OVERLAP_OUTER}.\n\nCritics were not convinced.`;

test("every claim on an overlap is reachable: the mouse gets a choice, the keyboard hears them all and gets the same choice", async ({ page, baseURL }, testInfo) => {
  const article = await importArticle(baseURL!, { title: `Overlaps ${Date.now()}`, text: TEXT });
  const outer = await createClaimViaApi(baseURL!, "reviewer", article.id, TEXT, OVERLAP_OUTER);
  const inner = await createClaimViaApi(baseURL!, "reviewer", article.id, TEXT, OVERLAP_INNER);
  await page.goto(`/articles/${article.id}`);
  const overlap = page.locator(".article-editor .claim-overlap").first();
  await expect(overlap).toHaveText(OVERLAP_INNER);
  await expect(overlap).toHaveAttribute("title", /Overlapping claims/);
  await testInfo.attach("overlap", { body: await page.locator(".article-editor").screenshot(), contentType: "image/png" });

  // Mouse: a click on the overlap offers both claims; the second one opens.
  await overlap.click();
  const chooser = page.getByRole("dialog", { name: "Claims here" });
  await expect(chooser.getByRole("button")).toHaveCount(2);
  await expect(chooser).toContainText(OVERLAP_OUTER);
  await expect(chooser).toContainText(`“${OVERLAP_INNER}”`);
  await testInfo.attach("overlap-chooser", { body: await page.screenshot(), contentType: "image/png" });
  await chooser.locator(`[data-claim-choice="${outer.id}"]`).click();
  await expect(chooser).toBeHidden();
  await expect(page.locator(`[data-claim-card="${outer.id}"]`)).toHaveClass(/is-open/);

  // Keyboard alone: the caret in the overlap names both claims; Enter offers the choice; Escape goes
  // back to the text; Enter again and Enter on the first choice opens it, with the focus on its card.
  await page.evaluate((quote) => {
    const editor = document.querySelector<HTMLElement>(".article-editor")!;
    editor.focus();
    const node = [...editor.querySelectorAll(".claim-overlap")].find((element) => element.textContent === quote)!.firstChild!;
    const range = document.createRange();
    range.setStart(node, 3);
    range.collapse(true);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  }, OVERLAP_INNER);
  const caret = page.getByTestId("caret-claims");
  await expect(caret).toContainText("In 2 claims");
  await expect(caret).toContainText(OVERLAP_INNER);
  await expect(caret).toContainText(OVERLAP_OUTER.slice(0, 40));
  await page.keyboard.press("Enter");
  await expect(chooser).toBeVisible();
  await expect(chooser.getByRole("button").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(chooser).toBeHidden();
  await expect(page.locator(".article-editor")).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  const first = await chooser.getByRole("button").first().getAttribute("data-claim-choice");
  expect([inner.id, outer.id]).toContain(first);
  await page.keyboard.press("Enter");
  await expect(page.locator(`[data-claim-card="${first}"]`)).toHaveClass(/is-open/);
  await expect(page.locator(`[data-claim-card="${first}"] .claim-card-head`)).toBeFocused();
});

test("every legend entry differs from every other by more than its colour", async ({ page }) => {
  await page.goto("/");
  const article = page.locator("a[href^='/articles/']").first();
  await article.click();
  await page.getByText("Highlight legend and shortcuts").click();
  const patterns = await page.locator(".legend-list .claim-highlight").evaluateAll((samples) =>
    samples.map((sample) => {
      const style = getComputedStyle(sample);
      const hasTint = style.backgroundColor !== "rgba(0, 0, 0, 0)" && style.backgroundColor !== "transparent";
      return [style.textDecorationLine, style.textDecorationStyle, style.textDecorationThickness, hasTint, style.backgroundImage !== "none", style.outlineStyle].join(" | ");
    }),
  );
  expect(patterns.length).toBe(9); // seven verdicts, no verdict yet, overlapping
  expect(new Set(patterns).size, patterns.join("\n")).toBe(patterns.length);
});
