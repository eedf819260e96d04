import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { deleteClaim } from "@/lib/data/claims/delete-claim";
import { listClaimsForArticle } from "@/lib/data/claims/list-claims";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { buildClaim, buildUser } from "@/test/factories";
import { jsonRequest, oversizeBody } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { DELETE, GET, PATCH } from "./route";
import type { ClaimView } from "@/lib/views/claim";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const UNKNOWN_ID = "0193f3c4-5b6a-7c8d-9e0f-123456789abc";

const getClaim = (id: string) => GET(new Request(`http://claimdesk.test/api/claims/${id}`), routeContext({ id }));
const patchClaim = (id: string, body: unknown) => PATCH(jsonRequest(`/api/claims/${id}`, "PATCH", body), routeContext({ id }));
const deleteClaimRoute = (id: string) => DELETE(new Request(`http://claimdesk.test/api/claims/${id}`, { method: "DELETE" }), routeContext({ id }));

async function storedClaims(articleId: string) {
  return listClaimsForArticle({ actor: await buildUser({ role: "editor" }), articleId, includeDeleted: true });
}

describe("GET /api/claims/[id]", () => {
  beforeEach(() => signOut());

  it("rejects anonymous", async () => {
    const claim = await buildClaim();
    const response = await getClaim(claim.id);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("rejects the wrong role: a deleted claim does not exist for a reviewer or viewer (404), only for an editor", async () => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    const deleted = await deleteClaim({ actor: owner, claimId: claim.id });
    for (const actor of [owner, await buildUser({ role: "viewer" })]) {
      signInAs(actor);
      const response = await getClaim(claim.id);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    }
    signInAs(await buildUser({ role: "editor" }));
    expect(await (await getClaim(claim.id)).json()).toEqual({ claim: deleted });
  });

  it("returns a live claim to a viewer", async () => {
    const claim = await buildClaim();
    signInAs(await buildUser({ role: "viewer" }));
    const response = await getClaim(claim.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ claim });
  });

  it.each(["not-a-uuid", UNKNOWN_ID])("answers 404 for the unknown id %s", async (id) => {
    signInAs(await buildUser({ role: "viewer" }));
    expect((await getClaim(id)).status).toBe(404);
  });
});

describe("PATCH /api/claims/[id]", () => {
  let owner: Actor;
  let claim: ClaimView;

  beforeEach(async () => {
    signOut();
    owner = await buildUser({ role: "reviewer" });
    claim = await buildClaim({ actor: owner, quote: "makes a claim" });
  });

  it("rejects anonymous and changes nothing", async () => {
    const before = await storedClaims(claim.articleId);
    const response = await patchClaim(claim.id, { version: 1, summary: "Anonymous" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await storedClaims(claim.articleId)).toEqual(before);
  });

  it("rejects the wrong role (viewer) and changes nothing", async () => {
    signInAs(await buildUser({ role: "viewer" }));
    const before = await storedClaims(claim.articleId);
    const response = await patchClaim(claim.id, { version: 1, summary: "Viewer" });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await storedClaims(claim.articleId)).toEqual(before);
  });

  it("rejects a reviewer who did not create the claim, and changes nothing", async () => {
    signInAs(await buildUser({ role: "reviewer" }));
    const before = await storedClaims(claim.articleId);
    const response = await patchClaim(claim.id, { version: 1, verdict: "false" });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await storedClaims(claim.articleId)).toEqual(before);
  });

  it("lets the creator edit: 200 with the claim, version +1", async () => {
    signInAs(owner);
    const response = await patchClaim(claim.id, { version: 1, verdict: "half-true", status: "resolved", summary: "Summary" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { claim: ClaimView };
    expect(body.claim).toMatchObject({ id: claim.id, verdict: "half-true", status: "resolved", summary: "Summary", version: 2 });
    expect(await storedClaims(claim.articleId)).toEqual([body.claim]);
  });

  it("answers a stale version with 409 and the current claim, and changes nothing", async () => {
    const current = await updateClaim({ actor: owner, claimId: claim.id, input: { version: 1, summary: "Seen by nobody else" } });
    signInAs(owner);
    const response = await patchClaim(claim.id, { version: 1, summary: "Stale" });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: "conflict", message: expect.any(String), current } });
    expect(await storedClaims(claim.articleId)).toEqual([current]);
  });

  it("answers an assignee who does not exist with 422 naming assigneeId", async () => {
    signInAs(await buildUser({ role: "editor" }));
    const before = await storedClaims(claim.articleId);
    const response = await patchClaim(claim.id, { version: 1, assigneeId: UNKNOWN_ID });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_input", fields: { assigneeId: [expect.any(String)] } } });
    expect(await storedClaims(claim.articleId)).toEqual(before);
  });

  it.each(["not-a-uuid", UNKNOWN_ID])("answers 404 for the unknown id %s", async (id) => {
    signInAs(owner);
    expect((await patchClaim(id, { version: 1, summary: "x" })).status).toBe(404);
  });

  describe("bad input: a 4xx JSON error naming the field, and nothing stored", () => {
    beforeEach(() => signInAs(owner));

    it.each([
      ["invalid JSON", 400, '{"version": 1, "summary": }', "_"],
      ["a JSON string", 400, '"hello"', "_"],
      ["a missing version", 400, { summary: "No version" }, "version"],
      ["a string version", 400, { version: "1", summary: "x" }, "version"],
      ["an unknown verdict", 400, { version: 1, verdict: "pants-on-fire" }, "verdict"],
      ["an unknown status", 400, { version: 1, status: "closed" }, "status"],
      ["tags that are a string", 400, { version: 1, tags: "economy" }, "tags"],
      ["an unknown key", 400, { version: 1, createdById: UNKNOWN_ID }, "createdById"],
      ["a selector with start after end", 400, { version: 1, selector: { exact: "makes a claim", start: 33, end: 20 } }, "selector.end"],
      ["a 1 MB summary", 400, { version: 1, summary: "x".repeat(1_000_000) }, "summary"],
      ["a selector past the end of the text", 422, { version: 1, selector: { exact: "context.", start: 70, end: 78 } }, "selector.end"],
      ["a selector whose quote is not there", 422, { version: 1, selector: { exact: "makes a claim", start: 21, end: 34 } }, "selector.exact"],
    ])("%s: %i naming %s", async (_label, status, body, field) => {
      const before = await storedClaims(claim.articleId);
      const response = await patchClaim(claim.id, body);
      expect(response.status).toBe(status);
      const json = (await response.json()) as { error: { fields: Record<string, string[]> } };
      expect(json).toEqual({ error: { code: "invalid_input", message: expect.any(String), fields: expect.any(Object) } });
      expect(Object.keys(json.error.fields)).toEqual([field]);
      expect(await storedClaims(claim.articleId)).toEqual(before);
    });

    it("a 3 MB body: 413", async () => {
      const before = await storedClaims(claim.articleId);
      const response = await patchClaim(claim.id, oversizeBody());
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_input" } });
      expect(await storedClaims(claim.articleId)).toEqual(before);
    });
  });
});

describe("DELETE /api/claims/[id]", () => {
  beforeEach(() => signOut());

  it("rejects anonymous and deletes nothing", async () => {
    const claim = await buildClaim();
    const response = await deleteClaimRoute(claim.id);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await storedClaims(claim.articleId)).toEqual([claim]);
  });

  it.each(["viewer", "reviewer"] as const)("rejects the wrong role (%s who did not create it) and deletes nothing", async (role) => {
    const claim = await buildClaim();
    signInAs(await buildUser({ role }));
    const response = await deleteClaimRoute(claim.id);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await storedClaims(claim.articleId)).toEqual([claim]);
  });

  it("lets the creator soft-delete it: 200 with deletedAt, then 404", async () => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    signInAs(owner);
    const response = await deleteClaimRoute(claim.id);
    expect(response.status).toBe(200);
    const { claim: deleted } = (await response.json()) as { claim: ClaimView };
    expect(deleted).toMatchObject({ id: claim.id, deletedAt: expect.any(String), version: 2 });
    expect(await storedClaims(claim.articleId)).toEqual([deleted]);
    expect((await deleteClaimRoute(claim.id)).status).toBe(404);
  });

  it("lets an editor delete anybody's claim", async () => {
    const claim = await buildClaim();
    signInAs(await buildUser({ role: "editor" }));
    expect((await deleteClaimRoute(claim.id)).status).toBe(200);
  });
});

describe("DELETE /api/claims/[id] with the version read", () => {
  const deleteAt = (id: string, query: string, headers: Record<string, string> = {}) =>
    DELETE(new Request(`http://claimdesk.test/api/claims/${id}${query}`, { method: "DELETE", headers }), routeContext({ id }));

  it("answers a stale If-Match with 409 and the current claim, and keeps the claim", async () => {
    const owner = await buildUser({ role: "reviewer" });
    signInAs(owner);
    const claim = await buildClaim({ actor: owner });
    const edited = await updateClaim({ actor: owner, claimId: claim.id, input: { version: claim.version, summary: "Newer" } });
    const stale = await deleteAt(claim.id, "", { "if-match": `"${claim.version}"` });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "conflict", current: { id: claim.id, version: edited.version, summary: "Newer" } } });
    expect((await storedClaims(claim.articleId))[0]?.deletedAt).toBeNull();

    const fresh = await deleteAt(claim.id, `?version=${edited.version}`);
    expect(fresh.status).toBe(200);
  });

  it("refuses a malformed If-Match with 400 naming it", async () => {
    const owner = await buildUser({ role: "reviewer" });
    signInAs(owner);
    const claim = await buildClaim({ actor: owner });
    const response = await deleteAt(claim.id, "", { "if-match": "*" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { fields: { "If-Match": [expect.any(String)] } } });
  });
});
