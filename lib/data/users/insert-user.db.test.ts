import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { TEST_PASSWORD } from "@/test/factories";
import { insertUserAsSystem } from "./insert-user";

describe("insertUserAsSystem", () => {
  it("creates the account with an argon2id hash, never the password itself", async () => {
    const actor = await insertUserAsSystem({ email: "new@example.test", name: "New Person", role: "viewer", password: TEST_PASSWORD });
    expect(actor).toEqual({ id: expect.any(String), email: "new@example.test", name: "New Person", role: "viewer" });
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("refuses a duplicate email with a ConflictError and keeps one account", async () => {
    const input = { email: "twice@example.test", name: "First", role: "reviewer" as const, password: TEST_PASSWORD };
    await insertUserAsSystem(input);
    await expect(insertUserAsSystem({ ...input, name: "Second" })).rejects.toBeInstanceOf(ConflictError);
    const rows = await getDb().user.findMany({ where: { email: input.email }, select: { name: true } });
    expect(rows).toEqual([{ name: "First" }]);
  });
});
