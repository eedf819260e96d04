import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./fixtures/accounts";
import { apiAs } from "./fixtures/article-page";

test.describe("as a signed-in editor visiting a hostile page", () => {
  let hostile: Server;
  let hostileUrl: string;

  test.beforeAll(async ({ baseURL }) => {
    // Another port of the same host: the same *site*, so SameSite=Lax still sends the session cookie.
    const target = new URL(baseURL!);
    hostile = createServer((_, response) => {
      response.setHeader("content-type", "text/html");
      response.end(`<!doctype html><form id="f" method="POST" action="${target.origin}/api/tokens" enctype="text/plain">
        <input name='{"name":"forged","x":"' value='"}'></form>
        <script>fetch("${target.origin}/api/articles", { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" },
          body: JSON.stringify({ title: "Forged article", text: "Planted." }) }).finally(() => document.getElementById("f").submit());</script>`);
    });
    await new Promise<void>((resolve) => hostile.listen(0, "127.0.0.1", resolve));
    const address = hostile.address();
    hostileUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  });

  test.afterAll(() => new Promise<void>((resolve) => hostile.close(() => resolve())));

  test("its forged form post and no-cors fetch change nothing (403)", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: storageStatePath("editor") });
    const page = await context.newPage();
    const refused = page.waitForResponse((response) => response.url().endsWith("/api/tokens"));
    await page.goto(hostileUrl);
    expect((await refused).status()).toBe(403);
    await context.close();

    const api = await apiAs("editor", baseURL!);
    const tokens = (await (await api.get("/api/tokens")).json()) as { tokens: { name: string }[] };
    expect(tokens.tokens.map((token) => token.name)).not.toContain("forged");
    const articles = (await (await api.get("/api/articles")).json()) as { articles: { title: string }[] };
    expect(articles.articles.map((article) => article.title)).not.toContain("Forged article");
    await api.dispose();
  });
});

test("a cookie-authenticated write with a foreign Origin, no Origin, or a text/plain body is refused with JSON", async ({ playwright, baseURL }) => {
  const send = async (headers: Record<string, string>, data: string) => {
    const api = await playwright.request.newContext({ baseURL, storageState: storageStatePath("editor"), extraHTTPHeaders: headers });
    const response = await api.post("/api/tokens", { data, headers: { "content-type": headers["content-type"] ?? "application/json" } });
    const result = { status: response.status(), body: await response.json() };
    await api.dispose();
    return result;
  };
  const origin = new URL(baseURL!).origin;
  expect(await send({ origin: "http://127.0.0.1:1" }, '{"name":"x"}')).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
  expect((await send({}, '{"name":"x"}')).status).toBe(403);
  expect((await send({ origin, "content-type": "text/plain" }, '{"name":"x"}')).status).toBe(403);
});

test("pages carry a per-request CSP nonce and still run; JSON for a signed-in user is not cached", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStatePath("reviewer") });
  const page = await context.newPage();
  const first = await page.goto("/");
  const policy = first!.headers()["content-security-policy"]!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(first!.headers()["permissions-policy"]).toContain("camera=()");
  expect(first!.headers()["x-frame-options"]).toBe("DENY");
  const second = await page.goto("/");
  expect(second!.headers()["content-security-policy"]).not.toBe(policy);
  // The scripts ran (nonce accepted): the client-side sign-out button answers.
  const violations: string[] = [];
  page.on("console", (message) => message.text().includes("Content Security Policy") && violations.push(message.text()));
  await page.goto("/me");
  await expect(page.getByRole("heading", { name: "My work" })).toBeVisible();
  expect(violations).toEqual([]);
  const me = await context.request.get(`${baseURL}/api/me`);
  expect(me.headers()["cache-control"]).toBe("no-store");
  await context.close();
});

test("a server action posted from a foreign or opaque origin is refused with 403 JSON, not a 500", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
  for (const origin of ["null", "http://127.0.0.1:1"]) {
    // What a page elsewhere would send to call the Settings page's token action.
    const response = await api.post("/settings", { headers: { origin, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" }, data: '[{"name":"forged"}]' });
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
  }
  await api.dispose();
});
