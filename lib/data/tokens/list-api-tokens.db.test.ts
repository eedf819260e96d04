import { describe, expect, it } from "vitest";
import { buildUser } from "@/test/factories";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

describe("listApiTokens", () => {
  it("lists the actor's own tokens, newest first, with their state and nothing secret", async () => {
    const actor = await buildUser({ role: "viewer" });
    const older = await createApiToken({ actor, input: { name: "Older" } });
    const newer = await createApiToken({ actor, input: { name: "Newer" } });
    await revokeApiToken({ actor, tokenId: older.id });

    const tokens = await listApiTokens({ actor });
    expect(tokens).toEqual([
      { id: newer.id, name: "Newer", createdAt: expect.any(String), lastUsedAt: null, revokedAt: null },
      { id: older.id, name: "Older", createdAt: expect.any(String), lastUsedAt: null, revokedAt: expect.any(String) },
    ]);
    const serialised = JSON.stringify(tokens);
    expect(serialised).not.toContain(older.token);
    expect(serialised).not.toContain(newer.token);
    expect(serialised).not.toMatch(/tokenHash|[0-9a-f]{64}/);
  });

  it("never lists another user's tokens", async () => {
    const actor = await buildUser();
    const other = await buildUser();
    await createApiToken({ actor: other, input: { name: "Theirs" } });
    expect(await listApiTokens({ actor })).toEqual([]);
  });
});
