import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { listUsers } from "@/lib/data/users/list-users";
import { buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { PATCH } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

function patchUser(id: string, body: string) {
  const request = new Request(`http://claimdesk.test/api/users/${id}`, { method: "PATCH", body, headers: { "content-type": "application/json" } });
  return PATCH(request, routeContext({ id }));
}

async function roleOf(user: Actor) {
  const admin = await buildUser({ role: "admin" });
  return (await listUsers({ actor: admin })).find((row) => row.id === user.id)?.role;
}

describe("PATCH /api/users/[id]", () => {
  beforeEach(() => signOut());

  it("rejects anonymous and changes nothing", async () => {
    const target = await buildUser({ role: "viewer" });
    const response = await patchUser(target.id, '{"role":"admin"}');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await roleOf(target)).toBe("viewer");
  });

  it.each(["viewer", "reviewer", "editor"] as const)("rejects the wrong role (%s) and changes nothing", async (role) => {
    const actor = await buildUser({ role });
    signInAs(actor);
    const response = await patchUser(actor.id, '{"role":"admin"}');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await roleOf(actor)).toBe(role);
  });

  describe("as an admin", () => {
    let target: Actor;

    beforeEach(async () => {
      signInAs(await buildUser({ role: "admin" }));
      target = await buildUser({ role: "reviewer" });
    });

    it("changes the role and answers 200 with the user", async () => {
      const response = await patchUser(target.id, '{"role":"editor"}');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ user: { ...target, role: "editor" } });
      expect(await roleOf(target)).toBe("editor");
    });

    it("answers invalid JSON with 400 naming the problem, and changes nothing", async () => {
      const response = await patchUser(target.id, "{role: editor");
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "invalid_input", message: expect.stringMatching(/not valid JSON/), fields: { _: ["Invalid JSON."] } } });
      expect(await roleOf(target)).toBe("reviewer");
    });

    it.each([
      ["an unknown role", '{"role":"superuser"}'],
      ["a missing role", "{}"],
    ])("answers %s with 400 and fields.role, and changes nothing", async (_label, body) => {
      const response = await patchUser(target.id, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_input", fields: { role: [expect.any(String)] } } });
      expect(await roleOf(target)).toBe("reviewer");
    });

    it("answers 404 for an id that is not a uuid", async () => {
      const response = await patchUser("not-a-uuid", '{"role":"editor"}');
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    });

    it("answers 404 for a well-formed id of no user", async () => {
      const response = await patchUser("0193f3c4-5b6a-7c8d-9e0f-123456789abc", '{"role":"editor"}');
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "not_found", message: "User not found." } });
    });
  });

  it("answers 409 when an admin demotes themselves, and changes nothing", async () => {
    const admin = await buildUser({ role: "admin" });
    signInAs(admin);
    const response = await patchUser(admin.id, '{"role":"viewer"}');
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: "conflict" } });
    expect(await roleOf(admin)).toBe("admin");
  });
});
