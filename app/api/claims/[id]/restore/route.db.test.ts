import { beforeEach, describe, expect, it, vi } from "vitest";
import { deleteClaim } from "@/lib/data/claims/delete-claim";
import { listClaimsForArticle } from "@/lib/data/claims/list-claims";
import { buildClaim, buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { POST } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const restore = (id: string) => POST(new Request(`http://claimdesk.test/api/claims/${id}/restore`, { method: "POST" }), routeContext({ id }));

async function deletedClaim() {
  const owner = await buildUser();
  const claim = await buildClaim({ actor: owner });
  return { owner, claim, deleted: await deleteClaim({ actor: owner, claimId: claim.id }) };
}

async function storedClaims(articleId: string) {
  return listClaimsForArticle({ actor: await buildUser({ role: "editor" }), articleId, includeDeleted: true });
}

describe("POST /api/claims/[id]/restore", () => {
  beforeEach(() => signOut());

  it("rejects anonymous and restores nothing", async () => {
    const { claim, deleted } = await deletedClaim();
    const response = await restore(claim.id);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await storedClaims(claim.articleId)).toEqual([deleted]);
  });

  it.each(["viewer", "reviewer"] as const)("rejects a %s who did not create it, and restores nothing", async (role) => {
    const { claim, deleted } = await deletedClaim();
    signInAs(await buildUser({ role }));
    const response = await restore(claim.id);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await storedClaims(claim.articleId)).toEqual([deleted]);
  });

  it("lets the reviewer who created and deleted it take the delete back (Undo)", async () => {
    const { owner, claim } = await deletedClaim();
    signInAs(owner);
    const response = await restore(claim.id);
    expect(response.status).toBe(200);
    expect(await storedClaims(claim.articleId)).toEqual([{ ...claim, version: 3, updatedAt: expect.any(String) }]);
  });

  it("lets an editor restore it: 200 with the live claim", async () => {
    const { claim } = await deletedClaim();
    signInAs(await buildUser({ role: "editor" }));
    const response = await restore(claim.id);
    expect(response.status).toBe(200);
    const expected = { ...claim, version: 3, updatedAt: expect.any(String) };
    expect(await response.json()).toEqual({ claim: expected });
    expect(await storedClaims(claim.articleId)).toEqual([expected]);
  });

  it("answers 409 for a claim that is not deleted, 404 for an unknown one", async () => {
    const claim = await buildClaim();
    signInAs(await buildUser({ role: "editor" }));
    const response = await restore(claim.id);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: "conflict" } });
    expect((await restore("0193f3c4-5b6a-7c8d-9e0f-123456789abc")).status).toBe(404);
    expect((await restore("not-a-uuid")).status).toBe(404);
  });
});
