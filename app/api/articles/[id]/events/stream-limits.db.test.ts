import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actorForCredential, requireActorWithCredential } from "@/lib/auth/session";
import { stopLiveHub } from "@/lib/realtime/live-hub";
import { buildArticle, buildUser } from "@/test/factories";
import { routeContext } from "@/test/route-context";
import { SseReader } from "@/test/sse-reader";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActorWithCredential: vi.fn(), actorForCredential: vi.fn() }));

const open: { reader: SseReader; controller: AbortController }[] = [];

async function stream(articleId: string, address: string) {
  const controller = new AbortController();
  const request = new Request(`http://claimdesk.test/api/articles/${articleId}/events`, { headers: { "x-claimdesk-client-address": address }, signal: controller.signal });
  const response = await GET(request, routeContext({ id: articleId }));
  if (response.status === 200) {
    const reader = new SseReader(response.body!);
    await reader.collect(1, (message) => message.event === "presence");
    open.push({ reader, controller });
    return { response, close: async () => { controller.abort(); await reader.close(); } };
  }
  return { response, close: async () => {} };
}

beforeAll(async () => {
  process.env.CLAIMDESK_MAX_STREAMS_PER_USER = "2";
  process.env.CLAIMDESK_MAX_STREAMS_PER_ADDRESS = "3";
  await stopLiveHub();
});

afterAll(async () => {
  await Promise.all(open.map(({ reader, controller }) => (controller.abort(), reader.close())));
  delete process.env.CLAIMDESK_MAX_STREAMS_PER_USER;
  delete process.env.CLAIMDESK_MAX_STREAMS_PER_ADDRESS;
  await stopLiveHub();
});

describe("open live streams are bounded", () => {
  it("per user and per client address: 429 with Retry-After beyond, a slot back when one closes", async () => {
    const article = await buildArticle();
    const [rosa, ravi] = [await buildUser(), await buildUser()];
    const as = (actor: typeof rosa) => {
      vi.mocked(requireActorWithCredential).mockResolvedValue({ actor, credential: { kind: "token", token: "t" } });
      vi.mocked(actorForCredential).mockResolvedValue(actor);
    };
    as(rosa);
    const first = await stream(article.id, "192.0.2.1");
    await stream(article.id, "192.0.2.2");
    const third = await stream(article.id, "192.0.2.3");
    expect(first.response.status).toBe(200);
    expect(third.response.status).toBe(429);
    expect(third.response.headers.get("retry-after")).toBe("10");
    expect(await third.response.json()).toMatchObject({ error: { code: "too_many_requests" } });

    // Another user shares an address's bound: 192.0.2.9 takes three streams in all.
    as(ravi);
    expect((await stream(article.id, "192.0.2.9")).response.status).toBe(200);
    expect((await stream(article.id, "192.0.2.9")).response.status).toBe(200);
    as(rosa);
    await first.close();
    expect((await stream(article.id, "192.0.2.9")).response.status).toBe(200);
    as(ravi);
    expect((await stream(article.id, "192.0.2.9")).response.status).toBe(429);
  });
});
