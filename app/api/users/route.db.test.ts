import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const request = () => new Request("http://claimdesk.test/api/users");

describe("GET /api/users", () => {
  beforeEach(() => signOut());

  it("rejects anonymous", async () => {
    const response = await GET(request(), routeContext());
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it.each(["viewer", "reviewer", "editor"] as const)("rejects the wrong role: %s", async (role) => {
    signInAs(await buildUser({ role }));
    const response = await GET(request(), routeContext());
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
  });

  it("lists users for an admin, without password hashes", async () => {
    const admin = await buildUser({ role: "admin" });
    signInAs(admin);
    const response = await GET(request(), routeContext());
    expect(response.status).toBe(200);
    const body = (await response.json()) as { users: Record<string, unknown>[] };
    expect(body.users).toContainEqual({ id: admin.id, email: admin.email, name: admin.name, role: "admin", createdAt: expect.any(String), isDisabled: false });
    for (const user of body.users) expect(user).not.toHaveProperty("passwordHash");
  });
});
