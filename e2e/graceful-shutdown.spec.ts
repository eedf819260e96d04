import { expect, test } from "@playwright/test";
import http from "node:http";
import pg from "pg";
import { startAppServer, startThrowawayDatabase, type AppServer } from "@/test/load/app-instances";
import { SseReader } from "@/test/sse-reader";
import { demoServerEnv, reviewerWithArticle } from "./fixtures/own-app-server";

const TEXT = "Alpha claim one. Beta claim two. Gamma claim three. Delta claim four. Epsilon claim five.";
const GRACE_MS = 8_000;

type Answer = { status: number; body: string } | { error: string };

/** A POST whose body is sent in two halves: the server is in the middle of it until `finish` is called. */
function slowPost(url: string, token: string, body: string): { finish: () => void; answer: Promise<Answer> } {
  const half = Math.floor(body.length / 2);
  const request = http.request(url, {
    method: "POST",
    agent: false,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
  });
  const answer = new Promise<Answer>((resolve) => {
    request.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
  request.write(body.slice(0, half));
  return { finish: () => request.end(body.slice(half)), answer };
}

/** A request on a new connection: refused once the server has stopped listening. */
function freshGet(url: string): Promise<Answer> {
  return new Promise((resolve) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume().on("end", () => resolve({ status: response.statusCode ?? 0, body: "" }));
      })
      .on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

// SIGTERM to `npm start`: in-flight requests finish, live streams end with a retry hint, the process exits.
test.describe("graceful shutdown", () => {
  test.describe.configure({ timeout: 180_000 });
  let database: Awaited<ReturnType<typeof startThrowawayDatabase>>;
  let server: AppServer;
  let token: string;
  let articleId: string;

  test.beforeAll(async () => {
    database = await startThrowawayDatabase();
    server = await startAppServer(demoServerEnv(database.url, { CLAIMDESK_SHUTDOWN_GRACE_MS: String(GRACE_MS) }));
    ({ token, articleId } = await reviewerWithArticle(server.baseUrl, "Shutdown", TEXT));
  });

  test.afterAll(async () => {
    await server?.stop();
    await database?.stop();
  });

  test("SIGTERM finishes the request in flight, ends streams with a retry hint, refuses new connections, and exits 0", async () => {
    const streams: SseReader[] = [];
    for (let n = 0; n < 3; n += 1) {
      const response = await fetch(`${server.baseUrl}/api/articles/${articleId}/events`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      const reader = new SseReader(response.body!);
      await reader.collect(1, (message) => message.event === "presence");
      streams.push(reader);
    }
    const quote = "Gamma claim three.";
    const start = TEXT.indexOf(quote);
    const inFlight = slowPost(`${server.baseUrl}/api/articles/${articleId}/claims`, token, JSON.stringify({ selector: { exact: quote, start, end: start + quote.length } }));
    await new Promise((resolve) => setTimeout(resolve, 500)); // the server is reading its body

    const signalled = Date.now();
    const stopped = server.stop();
    // Every stream ends by itself, with a spread-out retry hint, while the request is still in flight.
    for (const reader of streams) {
      let message = await reader.next(3_000);
      while (message) message = await reader.next(3_000);
      expect(reader.comments).toContain("the server is restarting");
      expect(reader.retry).toBeGreaterThanOrEqual(1_000);
      expect(reader.retry).toBeLessThan(3_000);
    }
    const streamsEndedMs = Date.now() - signalled;
    // A new connection is not served. With one process it is refused; with several, the cluster's
    // primary may still accept it in the moment before the last process has stopped listening and
    // then drops it (a reset): either way the client is told at once, and nothing was processed.
    const fresh = await freshGet(`${server.baseUrl}/api/health`);
    expect(["ECONNREFUSED", "ECONNRESET"]).toContain("error" in fresh ? fresh.error : `answered ${fresh.status}`);
    expect(server.exitCode()).toBeNull(); // still finishing the request

    inFlight.finish();
    const answer = await inFlight.answer;
    expect(answer).toMatchObject({ status: 201 });
    const claimId = (JSON.parse((answer as { body: string }).body) as { claim: { id: string } }).claim.id;
    await stopped;
    const exitedMs = Date.now() - signalled;
    expect(server.exitCode()).toBe(0);
    expect(exitedMs).toBeLessThan(GRACE_MS);
    console.log(`graceful shutdown: streams ended ${streamsEndedMs} ms after SIGTERM, the process exited after ${exitedMs} ms (grace ${GRACE_MS} ms)`);

    // Written once, with its event: nothing half-done.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const claims = await client.query(`SELECT "id" FROM "Claim" WHERE "articleId" = $1 AND "exact" = $2`, [articleId, quote]);
      expect(claims.rows).toEqual([{ id: claimId }]);
      const events = await client.query(`SELECT "type" FROM "Event" WHERE "claimId" = $1`, [claimId]);
      expect(events.rows).toEqual([{ type: "claim.created" }]);
    } finally {
      await client.end();
    }
  });
});
