import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/accounts";

test("the OpenAPI document is public", async ({ request }) => {
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(document.paths["/api/tokens"].post.requestBody.content["application/json"].schema).toMatchObject({ required: ["name"] });
});

test.describe("signed in as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("reads the API reference from the settings page", async ({ page }) => {
    await page.goto("/settings");
    await page.getByRole("link", { name: "API reference" }).click();
    await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
    const createClaim = page.getByRole("article", { name: /POST \/api\/articles\/\{id\}\/claims/ });
    await expect(createClaim).toContainText("reviewer+");
    await expect(createClaim.getByLabel(/Request body schema/)).toContainText('"selector"');
    await expect(page.getByRole("region", { name: "Export" })).toContainText("/api/export.csv");
  });
});
