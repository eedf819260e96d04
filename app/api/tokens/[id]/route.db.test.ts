import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { findActorByToken } from "@/lib/data/tokens/find-actor-by-token";
import { buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { DELETE } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const deleteToken = (id: string) => DELETE(new Request(`http://claimdesk.test/api/tokens/${id}`, { method: "DELETE" }), routeContext({ id }));

describe("DELETE /api/tokens/[id]", () => {
  let owner: Actor;
  let created: { id: string; token: string };

  beforeEach(async () => {
    signOut();
    owner = await buildUser({ role: "viewer" });
    created = await createApiToken({ actor: owner, input: { name: "Build server" } });
  });

  it("rejects anonymous and leaves the token working", async () => {
    const response = await deleteToken(created.id);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    await expect(findActorByToken(created.token)).resolves.toEqual(owner);
  });

  it("refuses another user's token as 404 (even an admin's request) and leaves it working", async () => {
    signInAs(await buildUser({ role: "admin" }));
    const response = await deleteToken(created.id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "Token not found." } });
    await expect(findActorByToken(created.token)).resolves.toEqual(owner);
  });

  it("revokes the caller's own token: 200 with the token, never its secret", async () => {
    signInAs(owner);
    const response = await deleteToken(created.id);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(created.token);
    expect(JSON.parse(text)).toEqual({
      token: { id: created.id, name: "Build server", createdAt: expect.any(String), lastUsedAt: null, revokedAt: expect.any(String) },
    });
    await expect(findActorByToken(created.token)).resolves.toBeNull();
  });

  it.each(["not-a-uuid", "0193f3c4-5b6a-7c8d-9e0f-123456789abc"])("answers 404 for the id %j", async (id) => {
    signInAs(owner);
    const response = await deleteToken(id);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
