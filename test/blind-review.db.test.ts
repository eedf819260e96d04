/**
 * Blind means blind everywhere: a reviewer who has not reviewed a claim walks every route and
 * export that could carry its reviews, and finds none of the others' ratings or rationales. The
 * same walk as an editor finds them, so the check can fail.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actorForCredential, requireActor, requireActorWithCredential } from "@/lib/auth/session";
import { setReviewPolicy } from "@/lib/data/articles/set-review-policy";
import { createComment } from "@/lib/data/comments/create-comment";
import { recordReview } from "@/lib/data/reviews/record-review";
import type { Actor } from "@/lib/policies/actor";
import { stopLiveHub } from "@/lib/realtime/live-hub";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { routeContext } from "@/test/route-context";
import { SseReader } from "@/test/sse-reader";
import * as articleAgreement from "@/app/api/articles/[id]/agreement/route";
import * as articleActivity from "@/app/api/articles/[id]/activity/route";
import * as articleClaims from "@/app/api/articles/[id]/claims/route";
import * as articleEvents from "@/app/api/articles/[id]/events/route";
import * as articleCsv from "@/app/api/articles/[id]/export.csv/route";
import * as articleJsonLd from "@/app/api/articles/[id]/export.jsonld/route";
import * as articleOne from "@/app/api/articles/[id]/route";
import * as claimComments from "@/app/api/claims/[id]/comments/route";
import * as claimHistory from "@/app/api/claims/[id]/history/route";
import * as claimReviews from "@/app/api/claims/[id]/reviews/route";
import * as claimOne from "@/app/api/claims/[id]/route";
import * as workspaceCsv from "@/app/api/export.csv/route";
import * as myWork from "@/app/api/me/work/route";
import * as search from "@/app/api/search/route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn(), requireActorWithCredential: vi.fn(), actorForCredential: vi.fn() }));

function signInAs(actor: Actor) {
  vi.mocked(requireActor).mockResolvedValue(actor);
  vi.mocked(requireActorWithCredential).mockResolvedValue({ actor, credential: { kind: "token", token: "t" } });
  vi.mocked(actorForCredential).mockResolvedValue(actor);
}

/** What the others wrote: ratings and words that appear nowhere else in these answers. */
const SECRETS = [/misleading/i, /unproven/i, /ana-s-private-reasons/i, /ben-s-private-reasons/i];

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const get = (handler: unknown, path: string, params: Record<string, string> = {}) =>
  (handler as Handler)(jsonRequest(path, "GET"), routeContext(params)).then(async (response) => ({ path, status: response.status, text: await response.text() }));

/** The replay of the article's live stream from its first event. */
async function streamText(articleId: string): Promise<string> {
  const controller = new AbortController();
  const request = new Request(`http://claimdesk.test/api/articles/${articleId}/events?lastEventId=0`, { signal: controller.signal });
  const response = await (articleEvents.GET as Handler)(request, routeContext({ id: articleId }));
  const reader = new SseReader(response.body!);
  const messages = await reader.collect(5);
  await reader.close();
  controller.abort();
  return JSON.stringify(messages.map((message) => message.json));
}

async function walk(articleId: string, claimId: string) {
  const answers = [
    await get(articleOne.GET, `/api/articles/${articleId}`, { id: articleId }),
    await get(articleClaims.GET, `/api/articles/${articleId}/claims`, { id: articleId }),
    await get(claimOne.GET, `/api/claims/${claimId}`, { id: claimId }),
    await get(claimReviews.GET, `/api/claims/${claimId}/reviews`, { id: claimId }),
    await get(claimComments.GET, `/api/claims/${claimId}/comments`, { id: claimId }),
    await get(claimHistory.GET, `/api/claims/${claimId}/history`, { id: claimId }),
    await get(articleActivity.GET, `/api/articles/${articleId}/activity`, { id: articleId }),
    await get(articleAgreement.GET, `/api/articles/${articleId}/agreement`, { id: articleId }),
    await get(articleCsv.GET, `/api/articles/${articleId}/export.csv`, { id: articleId }),
    await get(articleCsv.GET, `/api/articles/${articleId}/export.csv?layout=sources`, { id: articleId }),
    await get(workspaceCsv.GET, `/api/export.csv`),
    await get(articleJsonLd.GET, `/api/articles/${articleId}/export.jsonld`, { id: articleId }),
    await get(articleJsonLd.GET, `/api/articles/${articleId}/export.jsonld?format=claimreview`, { id: articleId }),
    await get(myWork.GET, `/api/me/work`),
    // Finds the claim by its quote (the factory's first paragraph), and by the reviews' words nothing.
    await get(search.GET, `/api/search?q=paragraph`),
    await get(search.GET, `/api/search?q=ana-s-private-reasons`),
  ];
  return [...answers, { path: "live stream replay", status: 200, text: await streamText(articleId) }];
}

const leaks = (answers: Awaited<ReturnType<typeof walk>>) =>
  answers.flatMap((answer) => SECRETS.filter((secret) => secret.test(answer.text)).map((secret) => `${answer.path}: ${secret}`));

afterAll(() => stopLiveHub());

describe("a blind review policy", () => {
  beforeEach(() => vi.resetAllMocks());

  it("shows a reviewer who has not reviewed no other reviewer's rating or rationale, in any route, export or event", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ actor: editor });
    await setReviewPolicy({ actor: editor, articleId: article.id, policy: "blind" });
    const claim = await buildClaim({ article });
    const [ana, ben, cho] = [await buildUser({ name: "Ana" }), await buildUser({ name: "Ben" }), await buildUser({ name: "Cho" })];
    await recordReview({ actor: ana, claimId: claim.id, input: { rating: "misleading", rationale: "ana-s-private-reasons" } });
    await recordReview({ actor: ben, claimId: claim.id, input: { rating: "unproven", rationale: "ben-s-private-reasons" } });
    await createComment({ actor: ben, claimId: claim.id, input: { body: `Have a look, @{${cho.id}}` } });

    signInAs(cho);
    const asCho = await walk(article.id, claim.id);
    expect(asCho.filter((answer) => answer.status !== 200)).toEqual([]);
    expect(leaks(asCho)).toEqual([]);
    // What Cho may know: that two reviews exist.
    expect(JSON.parse(asCho.find((answer) => answer.path.endsWith("/reviews"))!.text)).toEqual({ reviews: [], hidden: 2 });

    signInAs(editor);
    const asEditor = leaks(await walk(article.id, claim.id));
    // Ratings and rationales in the reviews and the W3C bodies; ratings in the CSV `reviews` column.
    const seen = { [`/api/claims/${claim.id}/reviews`]: 4, [`/api/articles/${article.id}/export.jsonld`]: 4, [`/api/articles/${article.id}/export.csv`]: 2, "/api/export.csv": 2 };
    for (const [where, count] of Object.entries(seen)) expect(asEditor.filter((leak) => leak.startsWith(`${where}:`)), where).toHaveLength(count);

    // Once Cho records his own, he sees them too.
    await recordReview({ actor: cho, claimId: claim.id, input: { rating: "false" } });
    signInAs(cho);
    expect(leaks(await walk(article.id, claim.id)).length).toBeGreaterThan(0);
  });
});
