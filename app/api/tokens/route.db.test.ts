import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { findActorByToken } from "@/lib/data/tokens/find-actor-by-token";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";
import { ROLES } from "@/lib/validation/roles";
import { buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET, POST } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const postToken = (body: unknown) => POST(jsonRequest("/api/tokens", "POST", body), routeContext());
const getTokens = () => GET(new Request("http://claimdesk.test/api/tokens"), routeContext());

describe("/api/tokens", () => {
  beforeEach(() => signOut());

  it("rejects anonymous on GET and POST, and creates nothing", async () => {
    const actor = await buildUser();
    for (const response of [await getTokens(), await postToken({ name: "Nope" })]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    }
    expect(await listApiTokens({ actor })).toEqual([]);
  });

  // There is no wrong role here: every role may hold tokens, which act with that same role.
  it.each(ROLES)("lets a %s create a token: 201 with the secret, once, uncached", async (role) => {
    const actor = await buildUser({ role });
    signInAs(actor);
    const response = await postToken({ name: "  Deploy script  " });
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({ id: expect.any(String), name: "Deploy script", token: expect.stringMatching(/^cdk_/) });
    await expect(findActorByToken(body.token)).resolves.toEqual(actor);
  });

  describe("signed in", () => {
    let actor: Actor;

    beforeEach(async () => {
      actor = await buildUser({ role: "reviewer" });
      signInAs(actor);
    });

    it("lists the caller's tokens without the secret or its hash", async () => {
      const { id, token } = await (await postToken({ name: "Listed" })).json();
      const response = await getTokens();
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain(token);
      expect(text).not.toMatch(/tokenHash|[0-9a-f]{64}/);
      expect(JSON.parse(text)).toEqual({ tokens: [{ id, name: "Listed", createdAt: expect.any(String), lastUsedAt: null, revokedAt: null }] });
    });

    it("does not list another user's tokens", async () => {
      signInAs(await buildUser());
      await postToken({ name: "Someone else's" });
      signInAs(actor);
      expect(await (await getTokens()).json()).toEqual({ tokens: [] });
    });

    it.each([
      ["a missing name", {}, "name"],
      ["a blank name", { name: "   " }, "name"],
      ["a name over 100 characters", { name: "x".repeat(101) }, "name"],
      ["an unknown field", { name: "Ok", userId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc" }, "userId"],
    ])("answers %s with 400 naming the field, and creates nothing", async (_label, body, field) => {
      const response = await postToken(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_input", fields: { [field]: [expect.any(String)] } } });
      expect(await listApiTokens({ actor })).toEqual([]);
    });

    it("answers invalid JSON with 400", async () => {
      const response = await postToken("{name:");
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_input", fields: { _: ["Invalid JSON."] } } });
    });
  });
});
