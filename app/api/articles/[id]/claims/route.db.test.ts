import { beforeEach, describe, expect, it, vi } from "vitest";
import { deleteClaim } from "@/lib/data/claims/delete-claim";
import { listClaimsForArticle } from "@/lib/data/claims/list-claims";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { jsonRequest, oversizeBody } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET, POST } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const UNKNOWN_ID = "0193f3c4-5b6a-7c8d-9e0f-123456789abc";
// The default article's text: "The first paragraph makes a claim.\n\nThe second paragraph adds context." (70 characters)
const SELECTOR = { exact: "makes a claim", start: 20, end: 33 };

const getClaims = (id: string, query = "") => GET(new Request(`http://claimdesk.test/api/articles/${id}/claims${query}`), routeContext({ id }));
const postClaim = (id: string, body: unknown) => POST(jsonRequest(`/api/articles/${id}/claims`, "POST", body), routeContext({ id }));

/** Every claim of the article, deleted ones included, as an editor sees them. */
async function storedClaims(articleId: string) {
  return listClaimsForArticle({ actor: await buildUser({ role: "editor" }), articleId, includeDeleted: true });
}

describe("GET /api/articles/[id]/claims", () => {
  beforeEach(() => signOut());

  it("rejects anonymous", async () => {
    const article = await buildArticle();
    const response = await getClaims(article.id);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it.each(["viewer", "reviewer"] as const)("rejects the wrong role (%s) asking for deleted claims", async (role) => {
    const article = await buildArticle();
    signInAs(await buildUser({ role }));
    const response = await getClaims(article.id, "?deleted=1");
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
  });

  it("lists the live claims to a viewer, and deleted ones too to an editor who asks", async () => {
    const article = await buildArticle();
    const owner = await buildUser();
    const live = await buildClaim({ article, quote: "makes a claim" });
    const gone = await buildClaim({ article, actor: owner, quote: "adds context" });
    const deleted = await deleteClaim({ actor: owner, claimId: gone.id });

    signInAs(await buildUser({ role: "viewer" }));
    const response = await getClaims(article.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ claims: [live] });

    signInAs(await buildUser({ role: "editor" }));
    expect(await (await getClaims(article.id, "?deleted=1")).json()).toEqual({ claims: [live, deleted] });
  });

  it.each(["not-a-uuid", UNKNOWN_ID])("answers 404 for the unknown article %s", async (id) => {
    signInAs(await buildUser({ role: "viewer" }));
    const response = await getClaims(id);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("POST /api/articles/[id]/claims", () => {
  beforeEach(() => signOut());

  it("rejects anonymous and creates nothing", async () => {
    const article = await buildArticle();
    const response = await postClaim(article.id, { selector: SELECTOR });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await storedClaims(article.id)).toEqual([]);
  });

  it("rejects the wrong role (viewer) and creates nothing", async () => {
    const article = await buildArticle();
    signInAs(await buildUser({ role: "viewer" }));
    const response = await postClaim(article.id, { selector: SELECTOR, summary: "From a viewer" });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await storedClaims(article.id)).toEqual([]);
  });

  it("lets a reviewer create a claim: 201 with the claim", async () => {
    const article = await buildArticle();
    const reviewer = await buildUser({ role: "reviewer" });
    signInAs(reviewer);
    const response = await postClaim(article.id, { selector: SELECTOR, claimant: "The author", summary: " A summary ", tags: ["economy"] });
    expect(response.status).toBe(201);
    const { claim } = (await response.json()) as { claim: unknown };
    expect(claim).toMatchObject({ selector: { ...SELECTOR, prefix: "The first paragraph " }, summary: "A summary", createdBy: { id: reviewer.id } });
    expect(await storedClaims(article.id)).toEqual([claim]);
  });

  it("answers 404 for an unknown article", async () => {
    signInAs(await buildUser({ role: "reviewer" }));
    const response = await postClaim(UNKNOWN_ID, { selector: SELECTOR });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });

  describe("bad input: a 4xx JSON error naming the field, and nothing stored", () => {
    beforeEach(async () => signInAs(await buildUser({ role: "reviewer" })));

    it.each([
      ["invalid JSON", 400, "{selector: {", "_"],
      ["a JSON array", 400, "[]", "_"],
      ["JSON null", 400, "null", "_"],
      ["a missing selector", 400, { summary: "No selector" }, "selector"],
      ["a selector that is a string", 400, { selector: "makes a claim" }, "selector"],
      ["a missing exact", 400, { selector: { start: 20, end: 33 } }, "selector.exact"],
      ["a string start", 400, { selector: { ...SELECTOR, start: "20" } }, "selector.start"],
      ["a fractional end", 400, { selector: { ...SELECTOR, end: 33.5 } }, "selector.end"],
      ["a negative start", 400, { selector: { ...SELECTOR, start: -1 } }, "selector.start"],
      ["start after end", 400, { selector: { ...SELECTOR, start: 33, end: 20 } }, "selector.end"],
      ["start equal to end", 400, { selector: { ...SELECTOR, start: 20, end: 20 } }, "selector.end"],
      ["a numeric summary", 400, { selector: SELECTOR, summary: 12 }, "summary"],
      ["tags that are a string", 400, { selector: SELECTOR, tags: "economy" }, "tags"],
      ["a 1 MB summary", 400, { selector: SELECTOR, summary: "x".repeat(1_000_000) }, "summary"],
      ["offsets past the end of the text", 422, { selector: { exact: "context.", start: 70, end: 78 } }, "selector.end"],
      ["a quote that is not at start..end", 422, { selector: { ...SELECTOR, exact: "makes a clain" } }, "selector.exact"],
    ])("%s: %i naming %s", async (_label, status, body, field) => {
      const article = await buildArticle();
      await buildClaim({ article, quote: "adds context" });
      const before = await storedClaims(article.id);
      const response = await postClaim(article.id, body);
      expect(response.status).toBe(status);
      const json = (await response.json()) as { error: { fields: Record<string, string[]> } };
      expect(json).toEqual({ error: { code: "invalid_input", message: expect.any(String), fields: expect.any(Object) } });
      expect(Object.keys(json.error.fields)).toEqual([field]);
      expect(await storedClaims(article.id)).toEqual(before);
    });

    it("a 3 MB body: 413", async () => {
      const article = await buildArticle();
      const before = await storedClaims(article.id);
      const response = await postClaim(article.id, JSON.stringify({ selector: SELECTOR, summary: "x".repeat(3 * 1024 * 1024) }));
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_input", fields: { _: [expect.any(String)] } } });
      expect((await postClaim(article.id, oversizeBody())).status).toBe(413);
      expect(await storedClaims(article.id)).toEqual(before);
    });
  });
});
