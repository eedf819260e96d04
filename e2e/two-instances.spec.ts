import { expect, test } from "@playwright/test";
import { startAppServer, startThrowawayDatabase, type AppServer } from "@/test/load/app-instances";
import { SseReader } from "@/test/sse-reader";
import { demoServerEnv, reviewerWithArticle } from "./fixtures/own-app-server";

// Two `npm start` instances on two ports against one PostgreSQL database, as behind a load balancer.
test.describe("two app instances on one database", () => {
  test.describe.configure({ timeout: 180_000 });
  let database: Awaited<ReturnType<typeof startThrowawayDatabase>>;
  let one: AppServer;
  let two: AppServer;
  let token: string;
  let articleId: string;
  const open: SseReader[] = [];

  test.beforeAll(async () => {
    database = await startThrowawayDatabase();
    const env = demoServerEnv(database.url);
    one = await startAppServer(env);
    two = await startAppServer(env);
    ({ token, articleId } = await reviewerWithArticle(one.baseUrl, "Two instances", TEXT));
  });

  test.afterAll(async () => {
    await Promise.all(open.map((reader) => reader.close()));
    await Promise.all([one?.stop(), two?.stop()]);
    await database?.stop();
  });

  const TEXT = "Alpha claim one. Beta claim two. Gamma claim three. Delta claim four. Epsilon claim five.";
  const headers = (bearer = token) => ({ authorization: `Bearer ${bearer}`, "content-type": "application/json" });

  async function stream(server: AppServer, lastEventId?: string): Promise<SseReader> {
    const response = await fetch(`${server.baseUrl}/api/articles/${articleId}/events`, {
      headers: { authorization: `Bearer ${token}`, ...(lastEventId ? { "last-event-id": lastEventId } : {}) },
    });
    expect(response.status).toBe(200);
    const reader = new SseReader(response.body!);
    open.push(reader);
    if (!lastEventId) await reader.collect(1, (message) => message.event === "presence"); // subscribed
    return reader;
  }

  async function markClaim(server: AppServer, quote: string): Promise<string> {
    const start = TEXT.indexOf(quote);
    const response = await fetch(`${server.baseUrl}/api/articles/${articleId}/claims`, {
      method: "POST",
      headers: headers(),
      body: JSON.stringify({ selector: { exact: quote, start, end: start + quote.length } }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { claim: { id: string } }).claim.id;
  }

  test("an event written through one instance arrives on the other's stream; a reconnection gets exactly what it missed", async () => {
    const live = await stream(two);
    const first = await markClaim(one, "Alpha claim one.");
    const [arrived] = await live.collect(1, (message) => message.event === "claim.created", 5_000);
    expect((arrived!.json.claim as { id: string }).id).toBe(first);
    await live.close();

    // While nobody listens on instance two, three more claims are marked through instance one.
    const missed = [await markClaim(one, "Beta claim two."), await markClaim(one, "Gamma claim three."), await markClaim(one, "Delta claim four.")];
    const resumed = await stream(two, arrived!.id);
    const replayed = await resumed.collect(3, (message) => message.event.startsWith("claim."), 5_000);
    expect(replayed.map((message) => (message.json.claim as { id: string }).id)).toEqual(missed);
    expect(new Set(replayed.map((message) => message.id)).size).toBe(3);

    // Then live again, across instances, and nothing twice.
    const next = await markClaim(one, "Epsilon claim five.");
    const [after] = await resumed.collect(1, (message) => message.event === "claim.created", 5_000);
    expect((after!.json.claim as { id: string }).id).toBe(next);
    expect(await resumed.nothingWithin(500)).toBe(true);
  });
});
