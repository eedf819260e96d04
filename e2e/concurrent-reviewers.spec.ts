import { expect, test } from "@playwright/test";
import { raceClaimEdits, runReviewTraffic, trafficArticleText } from "@/test/load/review-traffic";
import { tokenFor } from "@/test/load/api-session";
import { ACCOUNTS, DEMO_PASSWORD } from "./fixtures/accounts";

// Many reviewers on one article at once, on the embedded database the app runs on by default:
// the load PGlite-over-a-socket failed under (500s from interleaved connections). A stress check
// with a hang deadline, not a timing: speed is measured by `npm run bench -- throughput`.
const CLIENTS = 50;
const DURATION_MS = 30_000;
const HANG_DEADLINE_MS = 5_000;

test.describe("several reviewers at once", () => {
  let baseUrl: string;
  let reviewerTokens: string[];
  let editorToken: string;

  test.beforeAll(async ({}, testInfo) => {
    baseUrl = testInfo.project.use.baseURL!;
    reviewerTokens = await Promise.all([ACCOUNTS.reviewer, ACCOUNTS.reviewer2].map((account) => tokenFor(baseUrl, account.email, DEMO_PASSWORD)));
    editorToken = await tokenFor(baseUrl, ACCOUNTS.editor.email, DEMO_PASSWORD);
  });

  test(`${CLIENTS} clients for ${DURATION_MS / 1000} s: no 5xx, nothing hung, every acknowledged write kept`, async ({}, testInfo) => {
    test.setTimeout(DURATION_MS + 90_000);
    const report = await runReviewTraffic({ baseUrl, reviewerTokens, editorToken, clients: CLIENTS, durationMs: DURATION_MS, deadlineMs: HANG_DEADLINE_MS });
    await testInfo.attach("traffic report", { body: JSON.stringify(report, null, 2), contentType: "application/json" });
    console.log(`review traffic: ${JSON.stringify(report)}`);

    expect(report.serverErrors, JSON.stringify(report.byStatus)).toBe(0);
    expect(report.hung).toBe(0);
    expect(report.byStatus["network-error"] ?? 0).toBe(0);
    expect(report.maxMs).toBeLessThan(HANG_DEADLINE_MS);
    expect(report.missing).toEqual([]);
    // The mix really wrote, and really raced: without these the checks above prove little.
    expect(report.acknowledged.claims).toBeGreaterThan(100);
    expect(report.acknowledged.sources).toBeGreaterThan(50);
    expect(report.acknowledged.claimEdits).toBeGreaterThan(10);
    expect(report.acknowledged.articleEdits).toBeGreaterThan(2);
    expect(report.byStatus["409"] ?? 0).toBeGreaterThan(0);
  });

  test("20 simultaneous edits of one claim at the same version: exactly one saved, 19 conflicts", async ({ request }) => {
    const imported = await request.post("/api/articles", {
      headers: { authorization: `Bearer ${editorToken}` },
      data: { title: "Race test", text: trafficArticleText() },
    });
    expect(imported.status()).toBe(201);
    const { article } = (await imported.json()) as { article: { id: string } };
    for (let round = 0; round < 3; round += 1) {
      const statuses = await raceClaimEdits({ baseUrl, token: reviewerTokens[0]!, articleId: article.id, racers: 20 });
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    }
  });
});
