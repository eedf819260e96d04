/**
 * Rendering benchmark, in headless Chromium against a production build: time from navigation to
 * all highlights drawn for a 100,000-word article with 2,000 claims, against the same article with
 * none (same run), and the time from the server's answer to a new claim's highlight on screen.
 */
import { randomBytes } from "node:crypto";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findSystemBrowser } from "../e2e/fixtures/browser";
import { createArticle } from "@/lib/data/articles/create-article";
import { createClaim } from "@/lib/data/claims/create-claim";
import { listClaimsForArticle } from "@/lib/data/claims/list-claims";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/lib/data/demo/seed-demo";
import { findActiveActor } from "@/lib/data/users/find-actor";
import { verifyCredentials } from "@/lib/data/users/verify-credentials";
import { disconnectDb } from "@/lib/db/disconnect";
import { migrateDatabase } from "@/lib/db/migrate";
import { docFromParagraphs } from "@/lib/document/article-document";
import { buildOnce, startAppServer, type AppServer } from "./app-server";
import { createBenchDatabase } from "./bench-database";
import { makeArticleText, seededRandom } from "./generate-article";

const CLAIMS = 2_000;
const RUNS = 9;
const HIGHLIGHT_RUNS = 11;

async function seedArticles(): Promise<{ empty: string; annotated: string }> {
  await seedDemo();
  const editor = await verifyCredentials({ email: DEMO_ACCOUNTS[1]!.email, password: DEMO_PASSWORD });
  const reviewer = await verifyCredentials({ email: DEMO_ACCOUNTS[2]!.email, password: DEMO_PASSWORD });
  if (!editor || !reviewer || !(await findActiveActor(reviewer.id))) throw new Error("demo accounts missing");
  const { text } = makeArticleText(seededRandom(7), 100_000);
  const doc = docFromParagraphs(text.split("\n\n"));
  const empty = await createArticle({ actor: editor, input: { title: "Benchmark: 100,000 words, no claims", doc } });
  const annotated = await createArticle({ actor: editor, input: { title: "Benchmark: 100,000 words, 2,000 claims", doc } });
  const random = seededRandom(11);
  const step = Math.floor(text.length / CLAIMS);
  for (let i = 0; i < CLAIMS; i++) {
    const at = i * step + Math.floor(random() * (step / 2));
    const start = text.indexOf(" ", at) + 1;
    const end = text.indexOf(" ", start + 20 + Math.floor(random() * 60));
    await createClaim({ actor: reviewer, articleId: annotated.id, input: { selector: { exact: text.slice(start, end), start, end } } });
  }
  if (process.env.BENCH_PROFILE) {
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const claims = await listClaimsForArticle({ actor: reviewer, articleId: annotated.id });
      console.log(`listClaimsForArticle: ${claims.length} claims in ${(performance.now() - started).toFixed(0)} ms, ${(JSON.stringify(claims).length / 1024).toFixed(0)} KiB of JSON`);
    }
  }
  return { empty: empty.id, annotated: annotated.id };
}

const firstBytes: Record<string, number[]> = {};

/** Milliseconds from navigation start until `condition` holds in the page. */
async function timeToCondition(page: Page, url: string, condition: string, { settle = true } = {}): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  const handle = await page.waitForFunction(`(() => (${condition}) ? performance.now() : false)()`, undefined, { polling: "raf", timeout: 60_000 });
  const firstByte = await page.evaluate(() => (window.performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStart);
  (firstBytes[url] ??= []).push(firstByte);
  const at = (await handle.jsonValue()) as number;
  // Let the page finish loading its claims, so that no request of this load is still keeping the
  // server busy when the next load starts.
  if (settle) await waitForClaims(page);
  return at;
}

async function waitForClaims(page: Page): Promise<void> {
  await page.waitForFunction(() => window.performance.getEntriesByName("claimdesk:claims-loaded").length > 0, undefined, { timeout: 60_000 });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runRenderingBenchmark(): Promise<void> {
  console.log("\n## Rendering: 100,000-word article, 2,000 claims vs none (production build, headless Chromium)");
  buildOnce();

  const database = await createBenchDatabase({ allowEmbedded: true });
  console.log(`(database: ${database.label})`);
  let server: AppServer | undefined;
  try {
    process.env.DATABASE_URL = database.url;
    await migrateDatabase(database.url);
    const ids = await seedArticles();
    await disconnectDb();

    server = await startAppServer({ DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString("hex") });
    const { baseUrl } = server;

    const browser = await chromium.launch({ executablePath: findSystemBrowser(), args: CHROMIUM_ARGS });
    // The app's CSP has no 'unsafe-eval', and Playwright evaluates its wait predicates from strings.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    page.on("pageerror", (error) => console.error("page error:", error.message));
    await page.goto(`${baseUrl}/signin`);
    await page.getByLabel("Email").fill(DEMO_ACCOUNTS[2]!.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseUrl}/`);

    const emptyCondition = `document.querySelectorAll(".article-editor > p").length > 1000`;
    const annotatedCondition = `new Set([...document.querySelectorAll(".article-editor [data-claim-id]")].map((e) => e.getAttribute("data-claim-id"))).size >= ${CLAIMS}`;
    const emptyTimes: number[] = [];
    const annotatedTimes: number[] = [];
    // Warm up both pages once (first visits compile and cache scripts), then alternate.
    await timeToCondition(page, `${baseUrl}/articles/${ids.empty}`, emptyCondition);
    await timeToCondition(page, `${baseUrl}/articles/${ids.annotated}`, annotatedCondition);
    for (let run = 0; run < RUNS; run++) {
      emptyTimes.push(await timeToCondition(page, `${baseUrl}/articles/${ids.empty}`, emptyCondition));
      annotatedTimes.push(await timeToCondition(page, `${baseUrl}/articles/${ids.annotated}`, annotatedCondition));
    }
    if (process.env.BENCH_PROFILE) {
      for (let run = 0; run < 3; run++) {
        await printTimeline(page, "no claims", `${baseUrl}/articles/${ids.empty}`, emptyCondition, emptyCondition);
        await printTimeline(page, "2,000 claims", `${baseUrl}/articles/${ids.annotated}`, emptyCondition, annotatedCondition);
      }
    }
    const ratio = median(annotatedTimes) / median(emptyTimes);
    console.log(`no claims:    ${emptyTimes.map((t) => t.toFixed(0)).join(", ")} ms (median ${median(emptyTimes).toFixed(0)})`);
    console.log(`2,000 claims: ${annotatedTimes.map((t) => t.toFixed(0)).join(", ")} ms to all highlights (median ${median(annotatedTimes).toFixed(0)})`);
    console.log(`ratio: ${ratio.toFixed(2)} (goal: at most 1.5)`);
    for (const [url, values] of Object.entries(firstBytes)) console.log(`  first byte ${url.split("/").pop()}: median ${median(values).toFixed(0)} ms`);

    if (process.env.BENCH_PROFILE) {
      for (const id of [ids.empty, ids.annotated]) {
        const html = await (await page.request.get(`${baseUrl}/articles/${id}`)).text();
        console.log(`page ${id === ids.empty ? "without" : "with"} claims: ${(html.length / 1024).toFixed(0)} KiB of HTML`);
        const at = html.indexOf("/claims");
        console.log(`  claims link at ${at}; head ends at ${html.indexOf("</head>")}; <link tags: ${[...html.matchAll(/<link[^>]*>/g)].map((m) => `${m.index}:${m[0].slice(0, 90)}`).join(" | ")}`);
      }
      await printProfile(page, `${baseUrl}/articles/${ids.empty}`, emptyCondition);
      await printProfile(page, `${baseUrl}/articles/${ids.annotated}`, annotatedCondition);
    }

    // One more claim: from the end of the server's answer to the new highlight in the DOM.
    await timeToCondition(page, `${baseUrl}/articles/${ids.annotated}`, annotatedCondition);
    if (process.env.BENCH_DEBUG) await recordLongFrames(page);
    const delays: number[] = [];
    for (let attempt = 0; attempt < HIGHLIGHT_RUNS; attempt++) {
      await page.evaluate(() => {
        const known = new Set([...document.querySelectorAll(".article-editor [data-claim-id]")].map((e) => e.getAttribute("data-claim-id")));
        const state = window as unknown as { highlightAt?: number };
        state.highlightAt = undefined;
        new MutationObserver((records, observer) => {
          const now = window.performance.now();
          // (No named helpers here: the bundler's __name wrapper does not exist in the page.)
          const fresh = records.some((record) =>
            [record.target, ...record.addedNodes].some(
              (node) => node instanceof Element && node.hasAttribute("data-claim-id") && !known.has(node.getAttribute("data-claim-id")),
            ),
          );
          if (fresh) {
            state.highlightAt = now;
            observer.disconnect();
          }
        }).observe(document.querySelector(".article-editor")!, { subtree: true, childList: true, attributes: true });
        window.performance.clearResourceTimings();
        // Select an unclaimed stretch of text far down the article.
        const paragraph = document.querySelectorAll(".article-editor > p")[200 + Math.floor(Math.random() * 500)]!;
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        let node = walker.nextNode();
        while (node && (node.parentElement?.closest("[data-claim-id]") || node.textContent!.length < 20)) node = walker.nextNode();
        if (!node) throw new Error("no unclaimed text in that paragraph");
        (document.querySelector(".article-editor") as HTMLElement).focus();
        const range = document.createRange();
        range.setStart(node, 2);
        range.setEnd(node, 14);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await page.waitForTimeout(100);
      await page.keyboard.press("c");
      if (process.env.BENCH_DEBUG) {
        await page.waitForTimeout(1000);
        console.log(
          await page.getByTestId("feedback").textContent(),
          await page.evaluate(() => ({
            selection: getSelection()?.toString(),
            active: document.activeElement?.className,
            highlightAt: (window as unknown as { highlightAt?: number }).highlightAt,
            entries: window.performance.getEntriesByType("resource").map((e) => e.name.split("/").slice(-2).join("/")),
          })),
        );
      }
      const handle = await page.waitForFunction(() => {
        const state = window as unknown as { highlightAt?: number };
        const response = window.performance.getEntriesByType("resource").find((entry) => entry.name.endsWith("/claims")) as PerformanceResourceTiming | undefined;
        return state.highlightAt !== undefined && response ? { highlightAt: state.highlightAt, responseEnd: response.responseEnd } : null;
      });
      const { highlightAt, responseEnd } = (await handle.jsonValue()) as { highlightAt: number; responseEnd: number };
      if (process.env.BENCH_DEBUG) {
        const [add, added] = await page.evaluate(() => ["add", "added"].map((name) => window.performance.getEntriesByName(`claimdesk:highlight-${name}`).at(-1)?.startTime ?? NaN));
        console.log(`answer ${responseEnd.toFixed(1)}, addHighlight ${add!.toFixed(1)}–${added!.toFixed(1)}, in the DOM ${highlightAt.toFixed(1)}`, await longFramesBefore(page, highlightAt));
      }
      delays.push(highlightAt - responseEnd);
    }
    const sorted = [...delays].sort((a, b) => a - b);
    console.log(`new highlight after the server's answer (${delays.length} claims): ${sorted.map((t) => t.toFixed(1)).join(", ")} ms`);
    console.log(`  median ${median(delays).toFixed(1)} ms, 90th percentile ${sorted[Math.ceil(sorted.length * 0.9) - 1]!.toFixed(1)} ms (goal: within 16 ms)`);
    await browser.close();
  } finally {
    await server?.stop();
    await disconnectDb();
    await database.drop();
  }
}

/** BENCH_PROFILE=1: one load's timeline, from the page's User Timing marks and resource timings. */
async function printTimeline(page: Page, label: string, url: string, textCondition: string, allCondition: string): Promise<void> {
  const textAt = await timeToCondition(page, url, textCondition, { settle: false });
  const allAt = (await (await page.waitForFunction(`(() => (${allCondition}) ? performance.now() : false)()`, undefined, { polling: "raf" })).jsonValue()) as number;
  await waitForClaims(page);
  const timings = await page.evaluate(() => {
    const entries = window.performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const scripts = entries.filter((entry) => entry.name.endsWith(".js"));
    const claims = entries.find((entry) => entry.name.endsWith("/claims"));
    const navigation = window.performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const marks = Object.fromEntries(
      window.performance
        .getEntriesByType("mark")
        .filter((mark) => mark.name.startsWith("claimdesk:"))
        .map((mark) => [mark.name.slice(10), mark.startTime]),
    );
    return {
      firstByte: navigation.responseStart,
      htmlEnd: navigation.responseEnd,
      scriptsEnd: Math.max(...scripts.map((entry) => entry.responseEnd)),
      claimsStart: claims?.startTime,
      claimsEnd: claims?.responseEnd,
      ...marks,
    };
  });
  const events = Object.entries({ ...timings, textShown: textAt, allHighlights: allAt }).sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0));
  console.log(`timeline, ${label}: ${events.map(([key, value]) => `${key} ${value?.toFixed(0)}`).join(", ")}`);
}

/** BENCH_DEBUG=1: keeps the page's long animation frames (over 50 ms), with the scripts that ran in them. */
async function recordLongFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { longFrames: PerformanceEntry[] };
    state.longFrames = [];
    new PerformanceObserver((list) => state.longFrames.push(...list.getEntries())).observe({ type: "long-animation-frame" });
  });
}

/** The long frames in the half second before `until`: what kept the main thread busy when the server answered. */
async function longFramesBefore(page: Page, until: number): Promise<string[]> {
  return page.evaluate((end) => {
    type Script = { invoker: string; sourceFunctionName: string; duration: number; forcedStyleAndLayoutDuration: number };
    const frames = (window as unknown as { longFrames?: (PerformanceEntry & { scripts?: Script[] })[] }).longFrames ?? [];
    return frames
      .filter((frame) => frame.startTime + frame.duration > end - 500 && frame.startTime < end + 50)
      .map((frame) => {
        const scripts = (frame.scripts ?? []).map((script) => `${script.invoker}/${script.sourceFunctionName} ${script.duration.toFixed(0)} ms (layout ${script.forcedStyleAndLayoutDuration.toFixed(0)})`);
        return `frame ${frame.startTime.toFixed(0)}+${frame.duration.toFixed(0)} ms: ${scripts.join("; ")}`;
      });
  }, until);
}

/** BENCH_PROFILE=1: where the annotated page spends its time (CPU profile, top functions by self time). */
async function printProfile(page: Page, url: string, condition: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await timeToCondition(page, url, condition);
  const { profile } = await cdp.send("Profiler.stop");
  const selfTime = new Map<string, number>();
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const sample of profile.samples ?? []) {
    const frame = byId.get(sample)?.callFrame;
    const key = `${frame?.functionName || "(anonymous)"} ${frame?.url.split("/").pop()}:${frame?.lineNumber}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + interval);
  }
  for (const [name, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(1)} ms  ${name}`);
}
