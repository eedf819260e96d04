import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/accounts";

test.describe("as editor", () => {
  test.use({ storageState: storageStatePath("editor") });

  test("imports an HTML article, sanitised, and it opens ready for review", async ({ page }) => {
    const title = `Imported council report ${Date.now()}`;
    await page.goto("/");
    await page.getByRole("link", { name: "Import article" }).click();
    // The list has its own "Title contains" filter: fill in the form only once it is there.
    await expect(page.getByRole("heading", { level: 1, name: "Import an article" })).toBeVisible();
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Source URL").fill("https://example.org/council");
    await page.getByLabel("Publisher").fill("Example Gazette");
    await page.getByRole("radio", { name: "HTML" }).check();
    await page
      .getByLabel("Article body")
      .fill('<h2>Budget</h2><p onclick="steal()">The council <b>approved</b> the budget.<script>window.pwned = 1</script></p><style>p{display:none}</style><p><a href="javascript:alert(1)">Bad link</a> and <a href="https://example.org/minutes">minutes</a>.</p>');
    await page.getByRole("button", { name: "Import and open" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const text = page.locator(".article-editor");
    await expect(text.locator("h2")).toHaveText("Budget");
    await expect(text.locator("p").first()).toHaveText("The council approved the budget.");
    await expect(text.locator("strong")).toHaveText("approved");
    await expect(text.locator("script, style, [onclick]")).toHaveCount(0);
    await expect(text.locator('a[href^="javascript"]')).toHaveCount(0);
    await expect(text.locator('a[href="https://example.org/minutes"]')).toHaveText("minutes");
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.getByText("No claims yet.")).toBeVisible();
  });

  test("a missing title and body are flagged on their fields", async ({ page }) => {
    await page.goto("/articles/new");
    await page.getByRole("button", { name: "Import and open" }).click();
    await expect(page.locator("#title-error")).toHaveText("Enter a title.");
    await expect(page.locator("#body-error")).toHaveText("Paste or upload the article text.");
  });
});

test.describe("as reviewer", () => {
  test.use({ storageState: storageStatePath("reviewer") });

  test("there is no import page", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Import article" })).toHaveCount(0);
    expect((await page.goto("/articles/new"))?.status()).toBe(404);
  });
});
