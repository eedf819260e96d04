import { beforeEach, describe, expect, it, vi } from "vitest";
import { ROLES } from "@/lib/validation/roles";
import { buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const people = () => GET(jsonRequest("/api/people", "GET"), routeContext());

describe("GET /api/people", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401", async () => {
    expect((await people()).status).toBe(401);
  });

  // Anyone signed in may see whom they can mention: there is no wrong role to reject.
  it.each(ROLES)("has no wrong role: a %s gets names and ids, never e-mail addresses", async (role) => {
    const me = await buildUser({ role, name: `Named ${role}` });
    signInAs(me);
    const response = await people();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.people).toContainEqual({ id: me.id, name: `Named ${role}`, canReview: role !== "viewer" });
    expect(JSON.stringify(body)).not.toContain("@");
  });
});
