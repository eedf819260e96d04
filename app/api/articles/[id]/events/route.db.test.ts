import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actorForCredential, requireActorWithCredential } from "@/lib/auth/session";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { appendEventHeldOpen, eventsSince, terminateListenerConnections } from "@/lib/data/events/event-log-for-tests";
import { latestArticleEventId } from "@/lib/data/events/list-article-events";
import { UnauthorizedError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { stopLiveHub } from "@/lib/realtime/live-hub";
import { clearPresence, setPresence } from "@/lib/data/presence/article-presence";
import { buildArticle, buildClaim, buildSource, buildUser } from "@/test/factories";
import { routeContext } from "@/test/route-context";
import { SseReader } from "@/test/sse-reader";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActorWithCredential: vi.fn(), actorForCredential: vi.fn() }));

function signInAs(actor: Actor | null) {
  if (actor) vi.mocked(requireActorWithCredential).mockResolvedValue({ actor, credential: { kind: "token", token: "t" } });
  else vi.mocked(requireActorWithCredential).mockRejectedValue(new UnauthorizedError());
  vi.mocked(actorForCredential).mockResolvedValue(actor);
}

const open: SseReader[] = [];

async function openStream(articleId: string, { lastEventId, query }: { lastEventId?: string; query?: string } = {}) {
  const controller = new AbortController();
  const request = new Request(`http://claimdesk.test/api/articles/${articleId}/events${query ?? ""}`, {
    headers: lastEventId ? { "last-event-id": lastEventId } : {},
    signal: controller.signal,
  });
  const response = await GET(request, routeContext({ id: articleId }));
  if (!response.body || response.status !== 200) return { response, reader: null };
  const reader = new SseReader(response.body);
  open.push(reader);
  // A stream "from now" starts once subscribed; its first presence message says it is.
  if (!lastEventId && !query) await reader.collect(1, (m) => m.event === "presence");
  return { response, reader };
}

/** The id of the newest Event row of an article. */
async function lastEventIdOf(articleId: string): Promise<string> {
  return (await latestArticleEventId(articleId)).toString();
}

/** The ids of an article's events after `afterId`, as the log holds them. */
async function loggedIdsAfter(articleId: string, afterId: string): Promise<string[]> {
  return (await eventsSince(BigInt(afterId))).filter((row) => row.articleId === articleId).map((row) => row.id.toString());
}

afterAll(async () => {
  await Promise.all(open.map((reader) => reader.close()));
  await stopLiveHub();
});

describe("GET /api/articles/:id/events", () => {
  let viewer: Actor;
  beforeEach(async () => {
    viewer = await buildUser({ role: "viewer" });
    signInAs(viewer);
  });

  it("answers the signed-out with 401 JSON, an unknown article with 404, a bad Last-Event-ID with 400 naming it", async () => {
    const article = await buildArticle();
    signInAs(null);
    const anonymous = (await openStream(article.id)).response;
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "unauthorized" } });

    signInAs(viewer);
    expect((await openStream("0193f3c4-5b6a-7c8d-9e0f-123456789abc")).response.status).toBe(404);
    expect((await openStream("not-a-uuid")).response.status).toBe(404);
    const bad = (await openStream(article.id, { lastEventId: "12; DROP" })).response;
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { fields: { _: [expect.stringMatching(/digits/)] } } });
    const huge = (await openStream(article.id, { lastEventId: "9999999999999999999" })).response;
    expect(huge.status).toBe(400);
    expect(await huge.json()).toMatchObject({ error: { fields: { _: [expect.stringMatching(/too large/)] } } });
  });

  it("streams text/event-stream with a retry hint, then every change live with its view, its author and its log id", async () => {
    const article = await buildArticle();
    const { response, reader } = await openStream(article.id);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("x-accel-buffering")).toBe("no");

    const author = await buildUser({ role: "reviewer", name: "Rita Reviewer" });
    const claim = await buildClaim({ actor: author, article });
    const source = await buildSource({ actor: author, claim });
    const updated = await updateClaim({ actor: author, claimId: claim.id, input: { version: claim.version, verdict: "false" } });

    const messages = await reader!.collect(3);
    expect(reader!.retry).toBeGreaterThan(0);
    expect(messages.map((m) => m.event)).toEqual(["claim.created", "source.created", "claim.updated"]);
    expect(messages[0]!.json).toMatchObject({ type: "claim.created", actor: { id: author.id, name: "Rita Reviewer" }, at: expect.any(String), claim: { id: claim.id, selector: claim.selector } });
    expect(messages[1]!.json).toMatchObject({ source: { id: source.id } });
    expect(messages[2]!.json).toMatchObject({ claim: { version: updated.version, verdict: "false" }, changes: { verdict: { from: null, to: "false" } } });
    expect(messages[2]!.id).toBe(await lastEventIdOf(article.id));
    expect(Number(messages[0]!.id)).toBeLessThan(Number(messages[1]!.id));
  });

  it.each([
    ["the Last-Event-ID header", (id: string) => ({ lastEventId: id })],
    ["?lastEventId=", (id: string) => ({ query: `?lastEventId=${id}` })],
  ])("replays every later event after %s, in order, then goes on live without a repeat", async (_how, resumeFrom) => {
    const article = await buildArticle();
    const author = await buildUser({ role: "reviewer" });
    const first = await buildClaim({ actor: author, article });
    const seen = await lastEventIdOf(article.id);
    const second = await buildClaim({ actor: author, article });
    const third = await buildClaim({ actor: author, article });

    const { reader } = await openStream(article.id, resumeFrom(seen));
    const replayed = await reader!.collect(2);
    expect(replayed.map((m) => (m.json.claim as { id: string }).id)).toEqual([second.id, third.id]);
    await buildSource({ actor: author, claim: first });
    const [live] = await reader!.collect(1);
    expect(live!.event).toBe("source.created");
    expect(await reader!.nothingWithin(300)).toBe(true);
  });

  it("never skips or repeats an event across reconnects while writers race on one article", async () => {
    const article = await buildArticle();
    const writers = await Promise.all([1, 2, 3, 4].map(() => buildUser({ role: "reviewer" })));
    const start = await lastEventIdOf(article.id);
    const PER_WRITER = 6;
    const writing = Promise.all(
      writers.map(async (actor) => {
        for (let i = 0; i < PER_WRITER; i++) await buildClaim({ actor, article });
      }),
    );

    // A reader that reconnects after every single event, resuming from the id it last saw.
    const received: string[] = [];
    let cursor = start;
    while (received.length < writers.length * PER_WRITER) {
      const { reader } = await openStream(article.id, { lastEventId: cursor });
      const [message] = await reader!.collect(1);
      received.push(message!.id!);
      cursor = message!.id!;
      await reader!.close();
    }
    await writing;

    expect(received).toEqual(await loggedIdsAfter(article.id, start));
    expect(new Set(received).size).toBe(writers.length * PER_WRITER);
  });

  it("delivers in commit order: a writer that took a lower id but commits later is not skipped", async () => {
    const article = await buildArticle();
    const author = await buildUser({ role: "reviewer" });
    const claim = await buildClaim({ actor: author, article });
    const start = await lastEventIdOf(article.id);

    // The slow writer appends its event, then holds its transaction open for a while.
    const slow = appendEventHeldOpen({ articleId: article.id, actorId: author.id, type: "claim.restored", payload: { claim } }, 0.4);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const fast = buildClaim({ actor: author, article });

    const received: string[] = [];
    let cursor = start;
    while (received.length < 2) {
      const { reader } = await openStream(article.id, { lastEventId: cursor });
      const [message] = await reader!.collect(1);
      received.push(message!.event);
      cursor = message!.id!;
      await reader!.close();
    }
    await Promise.all([slow, fast]);
    expect(received).toEqual(["claim.restored", "claim.created"]);
    expect(await loggedIdsAfter(article.id, start)).toHaveLength(2);
  });

  it("sends presence (no id) when somebody arrives or moves to a claim, and when they leave", async () => {
    const article = await buildArticle();
    const claim = await buildClaim({ article });
    const { reader } = await openStream(article.id); // its first presence message: { users: [] }
    const isPresence = (m: { event: string }) => m.event === "presence";

    const reviewer = await buildUser({ role: "reviewer", name: "Rita Reviewer" });
    await setPresence({ actor: reviewer, articleId: article.id, claimId: claim.id });
    const [arrived] = await reader!.collect(1, isPresence);
    expect(arrived!.id).toBeUndefined();
    expect(arrived!.json).toEqual({ users: [{ id: reviewer.id, name: "Rita Reviewer", role: "reviewer", claimId: claim.id }] });

    await clearPresence({ actor: reviewer, articleId: article.id });
    expect((await reader!.collect(1, isPresence))[0]!.json).toEqual({ users: [] });
  });

  it("keeps streaming after the listening connection is cut: the next events arrive, none is missed", async () => {
    const article = await buildArticle();
    const author = await buildUser({ role: "reviewer" });
    const { reader } = await openStream(article.id);
    await buildClaim({ actor: author, article });
    await reader!.collect(1);

    expect(await terminateListenerConnections()).toBe(1);
    // Written while the listener is away (its NOTIFY is lost): the reconnection's catch-up delivers it.
    const during = await buildClaim({ actor: author, article });
    const after = await (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      return buildClaim({ actor: author, article });
    })();
    const messages = await reader!.collect(2);
    expect(messages.map((m) => (m.json.claim as { id: string }).id)).toEqual([during.id, after.id]);
  });
});
