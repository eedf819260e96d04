/**
 * `npm run screenshots`: the README's pictures of the workspace, taken from the real app with the
 * demo data. Builds the app if there is no build, starts it on a throwaway database seeded with the
 * demo accounts and article, marks a few of the article's claims (verdicts, a source, an overlap)
 * as the demo reviewer, and writes docs/screenshots/workspace.png (1440x900, a claim open) and
 * docs/screenshots/workspace-phone.png (390x844, a claim open in the sheet over the text).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findSystemBrowser } from "../e2e/fixtures/browser";
import { startAppServer, startThrowawayDatabase } from "../test/load/app-instances";
import { signIn, tokenFor } from "../test/load/api-session";

const OUT = "docs/screenshots";
const REVIEWER = { email: "reviewer@claimdesk.test", password: "claimdesk-demo" };
const CLAIMS: { quote: string; verdict?: string; source?: { url: string; title: string; publisher: string; stance: string; excerpt: string } }[] = [
  { quote: "Witkoff is scheduled to fly to Moscow on Monday", verdict: "mostly-true", source: { url: "https://example.org/envoy-trip", title: "Envoy to visit Moscow", publisher: "Example Wire", stance: "supports", excerpt: "Witkoff will fly to Moscow on Monday." } },
  { quote: "Moscow on Monday for talks with Russian officials" },
  { quote: "described the meeting as “productive”", verdict: "true" },
  { quote: "a Washington-backed initiative to end Russia’s invasion", verdict: "half-true" },
];

async function api(baseUrl: string, token: string, path: string, method: string, body: unknown) {
  const response = await fetch(`${baseUrl}${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, { id: string; version: number; text?: string }>>;
}

async function markDemoClaims(baseUrl: string): Promise<string> {
  const token = await tokenFor(baseUrl, REVIEWER.email, REVIEWER.password);
  const { articles } = (await (await fetch(`${baseUrl}/api/articles`, { headers: { authorization: `Bearer ${token}` } })).json()) as { articles: { id: string }[] };
  const articleId = articles[0]!.id;
  const { article } = (await (await fetch(`${baseUrl}/api/articles/${articleId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { article: { text: string } };
  for (const { quote, verdict, source } of CLAIMS) {
    const start = article.text.indexOf(quote);
    if (start < 0) throw new Error(`The demo article no longer says “${quote}”.`);
    const { claim } = await api(baseUrl, token, `/api/articles/${articleId}/claims`, "POST", { selector: { exact: quote, start, end: start + quote.length } });
    if (verdict) await api(baseUrl, token, `/api/claims/${claim!.id}`, "PATCH", { version: claim!.version, verdict, status: "in-review" });
    if (source) await api(baseUrl, token, `/api/claims/${claim!.id}/sources`, "POST", source);
  }
  return articleId;
}

async function openFirstClaim(page: Page) {
  await page.locator(".article-editor .claim-highlight.verdict-mostly-true").first().click();
  await page.locator(".claim-card.is-open").waitFor();
  await page.waitForTimeout(600); // the highlight's flash and the sheet's glide
}

if (!existsSync(".next/BUILD_ID")) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync(OUT, { recursive: true });
const database = await startThrowawayDatabase();
const server = await startAppServer({ DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), SEED_DEMO: "1" });
const browser = await chromium.launch({ executablePath: findSystemBrowser(), args: CHROMIUM_ARGS });
try {
  const articleId = await markDemoClaims(server.baseUrl);
  const cookie = await signIn(server.baseUrl, REVIEWER.email, REVIEWER.password);
  for (const [file, viewport] of [["workspace.png", { width: 1440, height: 900 }], ["workspace-phone.png", { width: 390, height: 844 }]] as const) {
    const context = await browser.newContext({ viewport, baseURL: server.baseUrl, reducedMotion: "reduce" });
    await context.addCookies(cookie.split("; ").map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1), url: server.baseUrl })));
    const page = await context.newPage();
    await page.goto(`/articles/${articleId}`);
    await openFirstClaim(page);
    await page.screenshot({ path: `${OUT}/${file}` });
    console.log(`wrote ${OUT}/${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
  await database.stop();
}
