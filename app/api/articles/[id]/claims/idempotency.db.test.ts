import { beforeEach, describe, expect, it, vi } from "vitest";
import { eventsSince, lastEventId } from "@/lib/data/events/event-log-for-tests";
import { listClaimsForArticle } from "@/lib/data/claims/list-claims";
import type { Actor } from "@/lib/policies/actor";
import { buildArticle, buildUser } from "@/test/factories";
import { signInAs } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { POST } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const SELECTOR = { exact: "makes a claim", start: 20, end: 33 };

function postClaim(articleId: string, body: unknown, key?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key !== undefined) headers["idempotency-key"] = key;
  const request = new Request(`http://claimdesk.test/api/articles/${articleId}/claims`, { method: "POST", headers, body: JSON.stringify(body) });
  return POST(request, routeContext({ id: articleId }));
}

async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /api/articles/:id/claims with an Idempotency-Key", () => {
  let reviewer: Actor;
  beforeEach(async () => {
    reviewer = await buildUser({ role: "reviewer" });
    signInAs(reviewer);
  });

  it("ten concurrent repeats of one key: one claim, one event, ten identical answers", async () => {
    const article = await buildArticle();
    const since = await lastEventId();
    const answers = await Promise.all(Array.from({ length: 10 }, () => postClaim(article.id, { selector: SELECTOR }, "retry-7f3a").then(answer)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    const claims = await listClaimsForArticle({ actor: reviewer, articleId: article.id });
    expect(claims).toHaveLength(1);
    expect(answers[0]!.body).toEqual({ claim: claims[0] });
    expect((await eventsSince(since)).filter((event) => event.type === "claim.created")).toHaveLength(1);
  });

  it("a later repeat gets the first answer even after the claim changed; no key, or a new key, creates anew", async () => {
    const article = await buildArticle();
    const first = await answer(await postClaim(article.id, { selector: SELECTOR }, "key-1"));
    const again = await answer(await postClaim(article.id, { selector: SELECTOR }, "key-1"));
    expect(again).toEqual(first);
    await postClaim(article.id, { selector: SELECTOR }, "key-2");
    await postClaim(article.id, { selector: SELECTOR });
    expect(await listClaimsForArticle({ actor: reviewer, articleId: article.id })).toHaveLength(3);
  });

  it("keys are per user: another reviewer's same key creates their own claim", async () => {
    const article = await buildArticle();
    await postClaim(article.id, { selector: SELECTOR }, "shared-key");
    signInAs(await buildUser({ role: "reviewer" }));
    const theirs = await answer(await postClaim(article.id, { selector: SELECTOR }, "shared-key"));
    expect(theirs.status).toBe(201);
    expect(await listClaimsForArticle({ actor: reviewer, articleId: article.id })).toHaveLength(2);
  });

  it("refuses the same key with a different body (422) and a malformed key (400), naming the header, creating nothing", async () => {
    const article = await buildArticle();
    await postClaim(article.id, { selector: SELECTOR }, "key-x");
    const other = await answer(await postClaim(article.id, { selector: { exact: "The first", start: 0, end: 9 } }, "key-x"));
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ error: { fields: { "Idempotency-Key": [expect.any(String)] } } });
    for (const key of ["", "with\ttab", "x".repeat(201), "naïve"]) {
      const bad = await answer(await postClaim(article.id, { selector: SELECTOR }, key));
      expect(bad.status, JSON.stringify(key)).toBe(400);
      expect(bad.body).toMatchObject({ error: { fields: { "Idempotency-Key": expect.arrayContaining([expect.any(String)]) } } });
    }
    expect(await listClaimsForArticle({ actor: reviewer, articleId: article.id })).toHaveLength(1);
  });
});
