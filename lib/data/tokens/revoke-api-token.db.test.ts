import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { buildUser } from "@/test/factories";
import { createApiToken } from "./create-api-token";
import { findActorByToken } from "./find-actor-by-token";
import { revokeApiToken } from "./revoke-api-token";

function revokedEventsFor(tokenId: string) {
  return getDb().event.findMany({ where: { type: "token.revoked", payload: { path: ["token", "id"], equals: tokenId } } });
}

describe("revokeApiToken", () => {
  it("revokes the actor's own token and logs a token.revoked event without the secret", async () => {
    const actor = await buildUser();
    const { id, token } = await createApiToken({ actor, input: { name: "Old laptop" } });
    const revoked = await revokeApiToken({ actor, tokenId: id });
    expect(revoked).toEqual({ id, name: "Old laptop", createdAt: expect.any(String), lastUsedAt: null, revokedAt: expect.any(String) });
    expect(JSON.stringify(revoked)).not.toContain(token);
    const events = await revokedEventsFor(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: actor.id, articleId: null, payload: { token: revoked } });
    expect(JSON.stringify(events[0]?.payload)).not.toContain(token);
  });

  it.each(["reviewer", "admin"] as const)("refuses another user's token as not found, even for a %s, and changes nothing", async (role) => {
    const owner = await buildUser();
    const { id, token } = await createApiToken({ actor: owner, input: { name: "Owner's" } });
    const intruder = await buildUser({ role });
    await expect(revokeApiToken({ actor: intruder, tokenId: id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
    expect(await revokedEventsFor(id)).toEqual([]);
    await expect(findActorByToken(token)).resolves.toEqual(owner);
  });

  it("throws NotFoundError for an unknown token id", async () => {
    const actor = await buildUser();
    await expect(revokeApiToken({ actor, tokenId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps the first revocation time and logs once when revoked twice", async () => {
    const actor = await buildUser();
    const { id } = await createApiToken({ actor, input: { name: "Twice" } });
    const first = await revokeApiToken({ actor, tokenId: id });
    const second = await revokeApiToken({ actor, tokenId: id });
    expect(second.revokedAt).toBe(first.revokedAt);
    expect(await revokedEventsFor(id)).toHaveLength(1);
  });
});
