import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { buildUser } from "@/test/factories";
import { createApiToken } from "./create-api-token";
import { findActorByToken } from "./find-actor-by-token";
import { revokeApiToken } from "./revoke-api-token";

function lastUsedAtOf(id: string) {
  return getDb()
    .apiToken.findUniqueOrThrow({ where: { id }, select: { lastUsedAt: true } })
    .then((row) => row.lastUsedAt);
}

describe("findActorByToken", () => {
  it("follows a token's life: it authenticates its owner until it is revoked", async () => {
    const actor = await buildUser({ role: "editor" });
    const { id, token } = await createApiToken({ actor, input: { name: "Lifecycle" } });
    await expect(findActorByToken(token)).resolves.toEqual(actor);
    await revokeApiToken({ actor, tokenId: id });
    await expect(findActorByToken(token)).resolves.toBeNull();
  });

  it("reads the owner's current role, so a role change applies to their tokens at once", async () => {
    const actor = await buildUser({ role: "editor" });
    const { token } = await createApiToken({ actor, input: { name: "Role" } });
    await getDb().user.update({ where: { id: actor.id }, data: { role: "viewer" } });
    await expect(findActorByToken(token)).resolves.toEqual({ ...actor, role: "viewer" });
  });

  it("refuses the token of a disabled user", async () => {
    const actor = await buildUser();
    const { token } = await createApiToken({ actor, input: { name: "Disabled" } });
    await getDb().user.update({ where: { id: actor.id }, data: { disabledAt: new Date() } });
    await expect(findActorByToken(token)).resolves.toBeNull();
  });

  it("refuses the stored hash used as a token, and unknown or malformed tokens", async () => {
    const actor = await buildUser();
    const { id, token } = await createApiToken({ actor, input: { name: "Hash" } });
    const { tokenHash } = await getDb().apiToken.findUniqueOrThrow({ where: { id }, select: { tokenHash: true } });
    const unknown = `cdk_${"A".repeat(43)}`;
    for (const candidate of [tokenHash, unknown, token.slice(0, -1), `${token}x`, ""]) {
      await expect(findActorByToken(candidate), candidate).resolves.toBeNull();
    }
  });

  it("records when a token was last used, at most once a minute", async () => {
    const actor = await buildUser();
    const { id, token } = await createApiToken({ actor, input: { name: "Usage" } });
    await findActorByToken(token);
    const firstUse = await lastUsedAtOf(id);
    expect(firstUse).toBeInstanceOf(Date);
    await findActorByToken(token);
    expect(await lastUsedAtOf(id)).toEqual(firstUse);

    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await getDb().apiToken.update({ where: { id }, data: { lastUsedAt: twoMinutesAgo } });
    await findActorByToken(token);
    expect((await lastUsedAtOf(id))!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime());
  });
});
