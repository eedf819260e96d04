import { expect, test } from "@playwright/test";
import { DEMO_ARTICLE_TITLE, storageStatePath } from "./fixtures/accounts";
import { selectText } from "./fixtures/article-page";

test.use({ storageState: storageStatePath("reviewer") });

const QUOTE = "Witkoff is scheduled to fly to Moscow on Monday for talks with Russian officials";

test("a reviewer marks a claim in the demo article, adds two sources and a verdict, and finds it all after a reload", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: DEMO_ARTICLE_TITLE }).click();
  await expect(page.locator(".article-editor")).toBeVisible();

  await selectText(page, QUOTE);
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  await expect(page.getByTestId("feedback").first()).toHaveText("Claim saved.");
  const card = page.locator(".claim-card.is-open");
  await expect(card).toContainText(QUOTE.slice(0, 60));
  const claimId = await card.getAttribute("data-claim-card");
  await expect(page.locator(".article-editor .claim-highlight", { hasText: "Witkoff is scheduled" })).toBeVisible();

  await card.getByLabel("Claimant").fill("US officials");
  await card.getByLabel("Claim, in one line").fill("Witkoff will travel to Moscow on Monday");
  await card.getByLabel("Verdict").selectOption("mostly-true");
  await card.getByLabel("Rationale").fill("Confirmed by two outlets; the date moved once.");
  await card.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByTestId("feedback").first()).toHaveText("Changes saved.");

  const sources = [
    { url: "https://example.org/witkoff-trip", title: "Envoy to visit Moscow", stance: "Supports", excerpt: "Witkoff will fly to Moscow on Monday." },
    { url: "https://news.example.com/kremlin", title: "Kremlin schedule", stance: "Context", excerpt: "Putin will join later in the week." },
  ];
  for (const source of sources) {
    await card.getByText("Add a source").click();
    const form = card.locator(".add-source form");
    await form.getByLabel("Source URL").fill(source.url);
    await form.getByLabel("Title").fill(source.title);
    await form.getByLabel("Evidence quote").fill(source.excerpt);
    await form.getByLabel(source.stance).check();
    await form.getByRole("button", { name: "Add source" }).click();
    await expect(page.getByTestId("feedback").first()).toHaveText("Source added.");
  }

  await page.reload();
  const reloaded = page.locator(`[data-claim-card="${claimId}"]`);
  await expect(reloaded.locator(".verdict-badge")).toHaveText("Mostly true");
  await expect(reloaded).toContainText("2 sources");
  await reloaded.locator(".claim-card-head").click();
  // Its highlight is scrolled to and flashes.
  const highlight = page.locator(`.article-editor .claim-highlight[data-claim-id="${claimId}"]`).first();
  await expect(highlight).toBeInViewport();
  expect(await highlight.evaluate((element) => element.getAnimations().map((animation) => animation.id))).toContain("claim-flash");
  await expect(reloaded.getByLabel("Claimant")).toHaveValue("US officials");
  await expect(reloaded.getByLabel("Rationale")).toHaveValue("Confirmed by two outlets; the date moved once.");
  for (const source of sources) {
    await expect(reloaded.getByRole("link", { name: source.title })).toHaveAttribute("href", source.url);
  }
  await expect(reloaded.locator(".source.stance-context")).toContainText("Putin will join later in the week.");
  await expect(page.locator(`.article-editor .claim-highlight.verdict-mostly-true[data-claim-id="${claimId}"]`).first()).toBeVisible();
});

test("a source URL that is not http(s) is refused on its field", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: DEMO_ARTICLE_TITLE }).click();
  const quote = "The CPC denounced the incident as a “terrorist attack”.";
  await selectText(page, quote);
  await page.keyboard.press("c");
  const card = page.locator(".claim-card.is-open");
  await expect(card).toContainText("The CPC denounced the incident");
  await card.getByText("Add a source").click();
  // No stance is preset (it would nudge the verdict): the form asks for one.
  await expect(card.locator(".add-source input[type=radio]:checked")).toHaveCount(0);
  await card.locator(".add-source").getByLabel("Source URL").fill("javascript:alert(1)");
  await card.locator(".add-source").getByRole("button", { name: "Add source" }).click();
  await expect(card.locator(".add-source .field-error")).toHaveText(["Use an http or https URL.", "Choose whether the source supports or refutes the claim, or gives context."]);
  await expect(card).toContainText("0 sources");
});
