import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { DELETE, GET, PUT } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const path = (id: string) => `/api/articles/${id}/presence`;
const put = (id: string, body: unknown) => PUT(jsonRequest(path(id), "PUT", body), routeContext({ id }));
const get = (id: string) => GET(jsonRequest(path(id), "GET"), routeContext({ id }));
const del = (id: string) => DELETE(jsonRequest(path(id), "DELETE"), routeContext({ id }));

describe("/api/articles/:id/presence", () => {
  let viewer: Actor;
  beforeEach(async () => {
    viewer = await buildUser({ role: "viewer", name: "Vera Viewer" });
    signInAs(viewer);
  });
  afterEach(() => vi.useRealTimers());

  it("refuses the signed-out (401) on every method, and answers an unknown article with 404", async () => {
    const article = await buildArticle();
    signOut();
    for (const response of [await get(article.id), await put(article.id, { claimId: null }), await del(article.id)]) {
      expect(response.status).toBe(401);
    }
    signInAs(viewer);
    expect((await put("0193f3c4-5b6a-7c8d-9e0f-123456789abc", { claimId: null })).status).toBe(404);
    expect((await get("0193f3c4-5b6a-7c8d-9e0f-123456789abc")).status).toBe(404);
  });

  it("lists whoever said they are on the article, with their role and claim, until they leave", async () => {
    const article = await buildArticle();
    const claim = await buildClaim({ article });
    const reviewer = await buildUser({ role: "reviewer", name: "Rita Reviewer" });

    const answer = await put(article.id, { claimId: null });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ users: [{ id: viewer.id, name: "Vera Viewer", role: "viewer", claimId: null }] });

    signInAs(reviewer);
    await put(article.id, { claimId: claim.id });
    expect(await (await get(article.id)).json()).toEqual({
      users: [
        { id: reviewer.id, name: "Rita Reviewer", role: "reviewer", claimId: claim.id },
        { id: viewer.id, name: "Vera Viewer", role: "viewer", claimId: null },
      ],
    });

    const left = await del(article.id);
    expect(left.status).toBe(200);
    expect(await left.json()).toEqual({ users: [{ id: viewer.id, name: "Vera Viewer", role: "viewer", claimId: null }] });
  });

  it("forgets a presence not renewed for 45 s", async () => {
    const article = await buildArticle();
    await put(article.id, { claimId: null });
    vi.useFakeTimers({ now: Date.now() + 46_000, toFake: ["Date"] });
    expect(await (await get(article.id)).json()).toEqual({ users: [] });
  });

  it("refuses a claim of another article (422) and a bad body (400), naming the field", async () => {
    const article = await buildArticle();
    const elsewhere = await buildClaim();
    const wrongClaim = await put(article.id, { claimId: elsewhere.id });
    expect(wrongClaim.status).toBe(422);
    expect(await wrongClaim.json()).toMatchObject({ error: { fields: { claimId: [expect.any(String)] } } });
    const bad = await put(article.id, { claimId: "nope", extra: 1 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { fields: { claimId: [expect.any(String)], extra: ["Unknown field."] } } });
  });
});
