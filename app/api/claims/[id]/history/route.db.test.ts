import { beforeEach, describe, expect, it, vi } from "vitest";
import { ROLES } from "@/lib/validation/roles";
import { buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const history = (id: string) => GET(jsonRequest(`/api/claims/${id}/history`, "GET"), routeContext({ id }));

describe("GET /api/claims/:id/history", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401", async () => {
    expect((await history((await buildClaim()).id)).status).toBe(401);
  });

  // Viewer is the lowest role and may read: there is no wrong role to reject.
  it.each(ROLES)("has no wrong role: a %s reads it", async (role) => {
    const claim = await buildClaim();
    signInAs(await buildUser({ role }));
    const response = await history(claim.id);
    expect(response.status).toBe(200);
    expect((await response.json()).history.map((entry: { type: string }) => entry.type)).toEqual(["claim.created"]);
  });
});
