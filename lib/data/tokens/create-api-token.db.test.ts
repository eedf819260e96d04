import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { ROLES } from "@/lib/validation/roles";
import { buildUser } from "@/test/factories";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";

describe("createApiToken", () => {
  it.each(ROLES)("lets a %s create a token for themselves", async (role) => {
    const actor = await buildUser({ role });
    const created = await createApiToken({ actor, input: { name: "CI script" } });
    expect(created).toEqual({ id: expect.any(String), name: "CI script", token: expect.stringMatching(/^cdk_[A-Za-z0-9_-]{43}$/) });
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ userId: actor.id, name: "CI script", lastUsedAt: null, revokedAt: null });
  });

  it("stores only the SHA-256 of the token, never the token", async () => {
    const actor = await buildUser();
    const { id, token } = await createApiToken({ actor, input: { name: "Notebook" } });
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).not.toBe(token);
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("logs a token.created event that names the token but does not contain it", async () => {
    const actor = await buildUser();
    const { id, token } = await createApiToken({ actor, input: { name: "Notebook" } });
    const events = await getDb().event.findMany({ where: { type: "token.created", actorId: actor.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ articleId: null, payload: { token: { id, name: "Notebook", lastUsedAt: null, revokedAt: null } } });
    expect(JSON.stringify(events[0]?.payload)).not.toContain(token);
    expect(JSON.stringify(events[0]?.payload)).not.toContain(createHash("sha256").update(token).digest("hex"));
  });

  it("gives every token its own secret", async () => {
    const actor = await buildUser();
    const first = await createApiToken({ actor, input: { name: "Same name" } });
    const second = await createApiToken({ actor, input: { name: "Same name" } });
    expect(first.token).not.toBe(second.token);
    expect(first.id).not.toBe(second.id);
  });
});

describe("createApiToken with an Idempotency-Key", () => {
  it("returns the same token, secret included, to a repeat, makes one token, and stores the secret only sealed", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "test-secret-for-sealing-0123456789");
    try {
      const actor = await buildUser();
      const idempotency = { key: "token-retry-1", fingerprint: "f1" };
      const [first, second] = await Promise.all([1, 2].map(() => createApiToken({ actor, input: { name: "CI" }, idempotency })));
      expect(second).toEqual(first);
      expect(first!.token).toMatch(/^cdk_/);
      expect(await listApiTokens({ actor })).toHaveLength(1);
      const stored = await getDb().idempotencyKey.findMany({ where: { userId: actor.id } });
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored[0]!.body)).not.toContain(first!.token);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
