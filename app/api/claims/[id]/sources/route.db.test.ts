import { beforeEach, describe, expect, it, vi } from "vitest";
import { deleteClaim } from "@/lib/data/claims/delete-claim";
import { listClaimsForArticle } from "@/lib/data/claims/list-claims";
import { buildClaim, buildUser } from "@/test/factories";
import { jsonRequest, oversizeBody } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { POST } from "./route";
import type { ClaimView } from "@/lib/views/claim";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const SOURCE = { url: "https://stats.example.test/report", title: "Report", stance: "refutes" };

const postSource = (claimId: string, body: unknown) => POST(jsonRequest(`/api/claims/${claimId}/sources`, "POST", body), routeContext({ id: claimId }));

async function storedClaims(articleId: string) {
  return listClaimsForArticle({ actor: await buildUser({ role: "editor" }), articleId, includeDeleted: true });
}

describe("POST /api/claims/[id]/sources", () => {
  let claim: ClaimView;

  beforeEach(async () => {
    signOut();
    claim = await buildClaim();
  });

  it("rejects anonymous and adds nothing", async () => {
    const before = await storedClaims(claim.articleId);
    const response = await postSource(claim.id, SOURCE);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await storedClaims(claim.articleId)).toEqual(before);
  });

  it("rejects the wrong role (viewer) and adds nothing", async () => {
    signInAs(await buildUser({ role: "viewer" }));
    const before = await storedClaims(claim.articleId);
    const response = await postSource(claim.id, SOURCE);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await storedClaims(claim.articleId)).toEqual(before);
  });

  it("lets any reviewer add a source to another's claim: 201 with the source", async () => {
    const reviewer = await buildUser({ role: "reviewer" });
    signInAs(reviewer);
    const response = await postSource(claim.id, { ...SOURCE, excerpt: "  Table 3  " });
    expect(response.status).toBe(201);
    const { source } = (await response.json()) as { source: unknown };
    expect(source).toMatchObject({ ...SOURCE, claimId: claim.id, excerpt: "Table 3", publisher: null, addedBy: { id: reviewer.id, name: reviewer.name } });
    const [stored] = await storedClaims(claim.articleId);
    expect(stored?.sources).toEqual([source]);
  });

  it("answers 404 for a deleted claim and an unknown one", async () => {
    const owner = await buildUser();
    const gone = await buildClaim({ actor: owner });
    await deleteClaim({ actor: owner, claimId: gone.id });
    signInAs(owner);
    expect((await postSource(gone.id, SOURCE)).status).toBe(404);
    expect((await postSource("0193f3c4-5b6a-7c8d-9e0f-123456789abc", SOURCE)).status).toBe(404);
    expect((await postSource("not-a-uuid", SOURCE)).status).toBe(404);
  });

  describe("bad input: a 4xx JSON error naming the field, and nothing stored", () => {
    beforeEach(async () => signInAs(await buildUser({ role: "reviewer" })));

    it.each([
      ["invalid JSON", "{'url': 'https://x.test'}", "_"],
      ["a JSON number", "42", "_"],
      ["a javascript: URL", { ...SOURCE, url: "javascript:alert(document.cookie)" }, "url"],
      ["a data: URL", { ...SOURCE, url: "data:text/html;base64,PHNjcmlwdD4=" }, "url"],
      ["a URL that is not a URL", { ...SOURCE, url: "not a url" }, "url"],
      ["a numeric URL", { ...SOURCE, url: 42 }, "url"],
      ["a missing URL", { title: "x", stance: "supports" }, "url"],
      ["a missing stance", { url: SOURCE.url }, "stance"],
      ["an unknown stance", { ...SOURCE, stance: "neutral" }, "stance"],
      ["a title that is an object", { ...SOURCE, title: { text: "x" } }, "title"],
      ["a 1 MB excerpt", { ...SOURCE, excerpt: "x".repeat(1_000_000) }, "excerpt"],
    ])("%s: 400 naming %s", async (_label, body, field) => {
      const before = await storedClaims(claim.articleId);
      const response = await postSource(claim.id, body);
      expect(response.status).toBe(400);
      const json = (await response.json()) as { error: { fields: Record<string, string[]> } };
      expect(json).toEqual({ error: { code: "invalid_input", message: expect.any(String), fields: expect.any(Object) } });
      expect(Object.keys(json.error.fields)).toEqual([field]);
      expect(await storedClaims(claim.articleId)).toEqual(before);
    });

    it("a 3 MB body: 413", async () => {
      const before = await storedClaims(claim.articleId);
      const response = await postSource(claim.id, oversizeBody());
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_input" } });
      expect(await storedClaims(claim.articleId)).toEqual(before);
    });
  });
});
