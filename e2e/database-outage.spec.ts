import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { startAppServer, startThrowawayDatabase, type AppServer, type ThrowawayDatabase } from "@/test/load/app-instances";
import { SseReader } from "@/test/sse-reader";
import { claimCard, selectText } from "./fixtures/article-page";
import { signInThroughForm } from "./fixtures/sign-in";
import { demoServerEnv, reviewerWithArticle } from "./fixtures/own-app-server";

/** How long PostgreSQL is down, and what the app may take: to answer during it, to recover after it. */
const OUTAGE_MS = 10_000;
const ANSWER_BUDGET_MS = 3_000;
const RECOVERY_BUDGET_MS = 5_000;

const BEFORE = ["Alpha claim one.", "Beta claim two."];
const PROBE = "Gamma claim three.";
const IN_BROWSER = "Delta claim four.";
const RECOVERY = "Epsilon claim five.";
const AFTER = ["Zeta claim six.", "Eta claim seven."];
const TEXT = [...BEFORE, PROBE, IN_BROWSER, RECOVERY, ...AFTER].join(" ");

type Probe = { what: string; status: number; ms: number; code?: string; retryAfter: string | null; body?: Record<string, unknown> };
type Arrival = { id: string; event: string; at: number };

/** The lines of the app's error output that tell of an error nothing handled (a bug, not an outage). */
const uncaught = (app: AppServer) => app.errorOutput().split("\n").filter((line) => /uncaughtException|unhandledRejection|Unexpected error/.test(line));

// One `npm start` instance on a PostgreSQL server of the test's own, which it stops for 10 s and
// starts again on the same port: the app answers 503 meanwhile and comes back by itself.
test.describe("a database outage", () => {
  test.describe.configure({ timeout: 240_000 });
  let database: ThrowawayDatabase;
  let app: AppServer;
  let token: string;
  let articleId: string;
  const open: SseReader[] = [];

  test.beforeAll(async () => {
    database = await startThrowawayDatabase();
    app = await startAppServer(demoServerEnv(database.url));
    ({ token, articleId } = await reviewerWithArticle(app.baseUrl, "Database outage", TEXT));
  });

  test.afterAll(async () => {
    await Promise.all(open.map((reader) => reader.close()));
    await app?.stop();
    await database?.stop();
  });

  const headers = (bearer = token) => ({ authorization: `Bearer ${bearer}`, "content-type": "application/json" });

  /** One request, timed; a hang is cut off well past the budget and reported as status 0. */
  async function probe(what: string, path: string, init: RequestInit = {}): Promise<Probe> {
    const startedAt = Date.now();
    try {
      const response = await fetch(`${app.baseUrl}${path}`, { ...init, headers: { ...headers(), ...init.headers }, signal: AbortSignal.timeout(ANSWER_BUDGET_MS * 4) });
      // A stream or a CSV is not read: its status and headers are the answer.
      const isJson = response.headers.get("content-type")?.startsWith("application/json");
      if (!isJson) await response.body?.cancel();
      const body = isJson ? ((await response.json().catch(() => ({}))) as Record<string, unknown>) : {};
      const code = (body.error as { code?: string } | undefined)?.code;
      return { what, status: response.status, ms: Date.now() - startedAt, code, retryAfter: response.headers.get("retry-after"), body };
    } catch {
      return { what, status: 0, ms: Date.now() - startedAt, retryAfter: null };
    }
  }

  const postClaim = (quote: string, idempotencyKey = randomUUID()) => {
    const start = TEXT.indexOf(quote);
    return probe(`POST claim`, `/api/articles/${articleId}/claims`, {
      method: "POST",
      headers: { "idempotency-key": idempotencyKey },
      body: JSON.stringify({ selector: { exact: quote, start, end: start + quote.length } }),
    });
  };

  async function stream(lastEventId?: string): Promise<SseReader> {
    const response = await fetch(`${app.baseUrl}/api/articles/${articleId}/events`, {
      headers: { authorization: `Bearer ${token}`, ...(lastEventId ? { "last-event-id": lastEventId } : {}) },
    });
    expect(response.status).toBe(200);
    const reader = new SseReader(response.body!);
    open.push(reader);
    if (!lastEventId) await reader.collect(1, (message) => message.event === "presence"); // subscribed
    return reader;
  }

  /**
   * Reads a stream in the background, noting when each event arrived; if the stream ends, opens it
   * again from the last id, as a browser's EventSource does (after the `retry:` it was given).
   */
  function follow(first: SseReader, startAfter: string) {
    const arrivals: Arrival[] = [];
    let lastId = startAfter;
    let reopened = 0;
    let isStopped = false;
    const done = (async () => {
      let reader: SseReader | null = first;
      while (!isStopped) {
        if (!reader) {
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          reader = await stream(lastId).catch(() => null);
          if (reader) reopened += 1;
          continue;
        }
        const message = await reader.next(500).catch((error: Error) => (/No SSE message/.test(error.message) ? undefined : null));
        if (message === null) reader = null;
        else if (message?.id) {
          arrivals.push({ id: message.id, event: message.event, at: Date.now() });
          lastId = message.id;
        }
      }
    })();
    return {
      arrivals,
      get reopened() {
        return reopened;
      },
      stop: async () => {
        isStopped = true;
        await done;
      },
    };
  }

  async function claimsWithQuote(quote: string): Promise<number> {
    const response = await fetch(`${app.baseUrl}/api/articles/${articleId}/claims`, { headers: headers() });
    expect(response.status).toBe(200);
    const { claims } = (await response.json()) as { claims: Array<{ selector: { exact: string } }> };
    return claims.filter((claim) => claim.selector.exact === quote).length;
  }

  /** The article's event ids after `afterId`, oldest first, from the Event table (through the activity API). */
  async function eventIdsAfter(afterId: string): Promise<string[]> {
    const response = await fetch(`${app.baseUrl}/api/articles/${articleId}/activity?limit=100`, { headers: headers() });
    expect(response.status).toBe(200);
    const { activity } = (await response.json()) as { activity: Array<{ id: string }> };
    return activity
      .map((entry) => entry.id)
      .filter((id) => BigInt(id) > BigInt(afterId))
      .reverse();
  }

  /** Polls `attempt` every 100 ms until it says yes; when it did (Date.now()). */
  async function timeUntil(attempt: () => Promise<boolean>, timeoutMs: number): Promise<number> {
    const startedAt = Date.now();
    while (!(await attempt())) {
      if (Date.now() - startedAt > timeoutMs) throw new Error(`Not within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return Date.now();
  }

  async function openArticleAsReviewer(page: Page): Promise<void> {
    await page.goto("/signin");
    await signInThroughForm(page, "reviewer");
    await page.waitForURL("/");
    await page.goto(`/articles/${articleId}`);
    await expect(page.getByTestId("connection-state")).toHaveText("Live");
  }

  test("503s without hangs while PostgreSQL is down; back by itself within 5 s, streams without a gap, the browser's claim saved once", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: app.baseUrl });
    const page = await context.newPage();
    await openArticleAsReviewer(page);

    // Two streams of the article: one stays open throughout, one is cut during the outage.
    const kept = await stream();
    const cut = await stream();
    for (const quote of BEFORE) expect((await postClaim(quote)).status).toBe(201);
    const beforeOnCut = await cut.collect(BEFORE.length, (message) => message.event === "claim.created", 5_000);
    const lastBefore = beforeOnCut.at(-1)!.id!;
    expect(await eventIdsAfter("0")).toContain(lastBefore);
    const keptFollower = follow(kept, "0");
    await expect(page.getByTestId("claim-count")).toHaveText(String(BEFORE.length));

    // An export just before leaves idle connections in its own pool (lib/db/pg-pool.ts) for the outage to break.
    const exported = await fetch(`${app.baseUrl}/api/articles/${articleId}/export.csv`, { headers: headers() });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain(BEFORE[0]);

    // --- The outage.
    const downAt = await database.halt();
    await cut.close();
    const probes: Probe[] = [];
    // The reviewer marks a claim meanwhile: it is kept, and said to be retried.
    await selectText(page, IN_BROWSER);
    await page.keyboard.press("c");
    await expect(page.getByTestId("feedback").first()).toContainText("database unreachable, retrying");
    await expect(page.getByTestId("queued-writes")).toContainText("Not saved yet (1)");
    const markedAt = Date.now();
    // A page opened meanwhile says the database is unreachable, and comes back by itself.
    const opened = await context.newPage();
    await opened.goto(`/articles/${articleId}`);
    await expect(opened.getByTestId("database-unreachable")).toBeVisible();
    while (Date.now() < downAt + OUTAGE_MS - 1_000) {
      probes.push(
        await probe("GET claims", `/api/articles/${articleId}/claims`),
        await postClaim(PROBE),
        await probe("GET health", "/api/health"),
        await probe("GET events", `/api/articles/${articleId}/events`),
        await probe("GET export", `/api/articles/${articleId}/export.csv`),
      );
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(app.isRunning()).toBe(true);
    // Not crashed, and not about to: Next logs an uncaught exception and carries on, so look for one.
    expect(uncaught(app)).toEqual([]);
    await expect(page.getByTestId("connection-state")).toHaveText("Live");
    await expect(page.getByTestId("feedback").first()).toContainText("database unreachable, retrying");
    await new Promise((resolve) => setTimeout(resolve, downAt + OUTAGE_MS - Date.now()));

    // --- Back: how long until the app answers again, by itself.
    const upAt = await database.resume();
    const [healthyAt, writtenAt] = await Promise.all([
      timeUntil(async () => (await probe("GET health", "/api/health")).status === 200, 30_000),
      // One key for every attempt: a write that did go through is never made twice.
      (async () => {
        const key = randomUUID();
        return timeUntil(async () => (await postClaim(RECOVERY, key)).status === 201, 30_000);
      })(),
    ]);
    await expect(page.getByTestId("feedback").first()).toHaveText("Claim saved.", { timeout: 30_000 });
    const browserSavedAt = Date.now();
    await expect(opened.locator(".article-editor")).toContainText(IN_BROWSER, { timeout: 30_000 });
    const pageBackAt = Date.now();
    for (const quote of AFTER) expect((await postClaim(quote)).status).toBe(201);

    // The cut stream, opened again from its last id as a browser would: the rest, then live ones.
    const resumed = follow(await stream(lastBefore), lastBefore);
    const expected = await eventIdsAfter(lastBefore);
    await expect.poll(() => keptFollower.arrivals.filter((arrival) => BigInt(arrival.id) > BigInt(lastBefore)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(expected.length);
    await expect.poll(() => resumed.arrivals.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(expected.length);
    await new Promise((resolve) => setTimeout(resolve, 500)); // nothing more (no repeat) comes
    await Promise.all([keptFollower.stop(), resumed.stop()]);

    // --- Figures, for the record.
    const firstEventAfter = keptFollower.arrivals.find((arrival) => BigInt(arrival.id) > BigInt(lastBefore));
    const figures = {
      outageMs: upAt - downAt,
      requestsDuringOutage: probes.length,
      answered503: probes.filter((result) => result.status === 503).length,
      slowestAnswerMs: Math.max(...probes.map((result) => result.ms)),
      slowestByRoute: Object.fromEntries(["GET claims", "POST claim", "GET health", "GET events", "GET export"].map((what) => [what, Math.max(...probes.filter((r) => r.what === what).map((r) => r.ms))])),
      healthRecoveredMs: healthyAt - upAt,
      writeRecoveredMs: writtenAt - upAt,
      openStreamFirstEventMs: firstEventAfter ? firstEventAfter.at - upAt : null,
      // The browser's retries follow Retry-After (5 s): 0-5 s after the return, by where they fall.
      browserClaimSavedMs: browserSavedAt - upAt,
      browserClaimMarkedIntoOutageMs: markedAt - downAt,
      pageOpenedDuringOutageBackMs: pageBackAt - upAt,
      eventsAfterOutage: expected.length,
      keptStreamReopened: keptFollower.reopened,
    };
    console.log(`Database outage figures: ${JSON.stringify(figures, null, 2)}`);

    // During: every answer a prompt 503 'unavailable' with Retry-After; health says the database is down.
    expect(probes.length).toBeGreaterThan(8);
    expect(probes.filter((result) => result.status !== 503)).toEqual([]);
    expect(figures.slowestAnswerMs).toBeLessThan(ANSWER_BUDGET_MS);
    for (const result of probes.filter((r) => r.what !== "GET health")) expect(result, result.what).toMatchObject({ code: "unavailable", retryAfter: "5" });
    for (const result of probes.filter((r) => r.what === "GET health")) expect(result.body).toEqual({ status: "degraded", database: "unavailable" });

    // After: back within the budget, by itself.
    expect(figures.healthRecoveredMs).toBeLessThanOrEqual(RECOVERY_BUDGET_MS);
    expect(figures.writeRecoveredMs).toBeLessThanOrEqual(RECOVERY_BUDGET_MS);
    expect(figures.openStreamFirstEventMs).not.toBeNull();
    expect(figures.openStreamFirstEventMs!).toBeLessThanOrEqual(RECOVERY_BUDGET_MS);
    expect(figures.pageOpenedDuringOutageBackMs).toBeLessThanOrEqual(RECOVERY_BUDGET_MS);

    // Both streams: every event written after the outage, in order, none missed, none twice.
    expect(keptFollower.arrivals.map((arrival) => arrival.id)).toEqual([...beforeOnCut.map((message) => message.id), ...expected]);
    expect(resumed.arrivals.map((arrival) => arrival.id)).toEqual(expected);
    expect(expected).toHaveLength(2 + AFTER.length); // the recovery write and the browser's claim, then AFTER


    // The browser's claim exactly once; the 503'd probe never.
    expect(await claimsWithQuote(IN_BROWSER)).toBe(1);
    expect(await claimsWithQuote(RECOVERY)).toBe(1);
    expect(await claimsWithQuote(PROBE)).toBe(0);
    await expect(page.getByTestId("queued-writes")).toHaveCount(0);
    await expect(claimCard(page, IN_BROWSER)).toHaveCount(1);
    await expect(page.locator(".article-editor .claim-highlight", { hasText: IN_BROWSER })).toHaveCount(1);
    await expect(page.getByTestId("claim-count")).toHaveText(String(BEFORE.length + 2 + AFTER.length));
    await context.close(); // the pages say goodbye (presence), through connections made since
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(uncaught(app)).toEqual([]);
  });
});
