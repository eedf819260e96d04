import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET, POST } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const list = (id: string) => GET(jsonRequest(`/api/claims/${id}/comments`, "GET"), routeContext({ id }));
const create = (id: string, body: unknown) => POST(jsonRequest(`/api/claims/${id}/comments`, "POST", body), routeContext({ id }));

describe("/api/claims/:id/comments", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401 on GET and POST", async () => {
    const claim = await buildClaim();
    expect((await list(claim.id)).status).toBe(401);
    expect((await create(claim.id, { body: "Hi" })).status).toBe(401);
  });

  it("rejects the wrong role: a viewer reads the threads but cannot post (403)", async () => {
    const claim = await buildClaim();
    signInAs(await buildUser({ role: "viewer" }));
    expect((await list(claim.id)).status).toBe(200);
    const refused = await create(claim.id, { body: "Hi" });
    expect(refused.status).toBe(403);
    expect(await (await list(claim.id)).json()).toEqual({ comments: [] });
  });

  it("answers an unknown claim with 404", async () => {
    signInAs(await buildUser());
    expect((await list("0193f3c4-5b6a-7c8d-9e0f-123456789abc")).status).toBe(404);
    expect((await create("0193f3c4-5b6a-7c8d-9e0f-123456789abc", { body: "Hi" })).status).toBe(404);
  });
});
