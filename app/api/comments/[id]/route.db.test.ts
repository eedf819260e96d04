import { beforeEach, describe, expect, it, vi } from "vitest";
import { createComment } from "@/lib/data/comments/create-comment";
import { buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET as listRoute, POST as createRoute } from "../../claims/[id]/comments/route";
import { DELETE, PATCH } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const list = (claimId: string) => listRoute(jsonRequest(`/api/claims/${claimId}/comments`, "GET"), routeContext({ id: claimId }));
const create = (claimId: string, body: unknown) => createRoute(jsonRequest(`/api/claims/${claimId}/comments`, "POST", body), routeContext({ id: claimId }));
const patch = (id: string, body: unknown) => PATCH(jsonRequest(`/api/comments/${id}`, "PATCH", body), routeContext({ id }));
const remove = (id: string) => DELETE(jsonRequest(`/api/comments/${id}`, "DELETE"), routeContext({ id }));

describe("comment routes", () => {
  beforeEach(() => signOut());

  it("answer the signed-out with 401 on every method", async () => {
    const claim = await buildClaim();
    const comment = await createComment({ actor: await buildUser(), claimId: claim.id, input: { body: "Hi" } });
    for (const response of [await list(claim.id), await create(claim.id, { body: "x" }), await patch(comment.id, { version: 1, body: "y" }), await remove(comment.id)]) {
      expect(response.status).toBe(401);
    }
  });

  it("let a viewer read (200) but not write (403)", async () => {
    const claim = await buildClaim();
    const comment = await createComment({ actor: await buildUser(), claimId: claim.id, input: { body: "Hi" } });
    signInAs(await buildUser({ role: "viewer" }));
    expect((await list(claim.id)).status).toBe(200);
    expect((await create(claim.id, { body: "x" })).status).toBe(403);
    expect((await patch(comment.id, { version: 1, body: "y" })).status).toBe(403);
    expect((await remove(comment.id)).status).toBe(403);
  });

  it("create with 201 { comment }, and refuse bad input with 400 naming the field", async () => {
    const claim = await buildClaim();
    signInAs(await buildUser());
    const created = await create(claim.id, { body: "  A question  " });
    expect(created.status).toBe(201);
    const { comment } = await created.json();
    expect(comment.body).toBe("A question");
    for (const [body, field] of [
      [{ body: "   " }, "body"],
      [{ body: "x", parentId: "nope" }, "parentId"],
      [{ body: "x", html: "<b>" }, "html"],
    ] as const) {
      const response = await create(claim.id, body);
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toHaveProperty([field]);
    }
    const noChange = await patch(comment.id, { version: 1 });
    expect(noChange.status).toBe(400);
    expect((await noChange.json()).error.fields).toHaveProperty(["body"]);
  });
});
