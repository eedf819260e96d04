import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const request = () => new Request("http://claimdesk.test/api/me");

describe("GET /api/me", () => {
  beforeEach(() => signOut());

  it("rejects anonymous", async () => {
    const response = await GET(request(), routeContext());
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it.each(["viewer", "admin"] as const)("returns the signed-in %s", async (role) => {
    const actor = await buildUser({ role });
    signInAs(actor);
    const response = await GET(request(), routeContext());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: { id: actor.id, email: actor.email, name: actor.name, role } });
  });
});
