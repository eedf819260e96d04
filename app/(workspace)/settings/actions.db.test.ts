import { beforeEach, describe, expect, it, vi } from "vitest";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";
import { buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { createToken, revokeToken } from "./actions";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

describe("token server actions", () => {
  beforeEach(() => signOut());

  it("reject anonymous", async () => {
    expect(await createToken({ name: "CI" })).toEqual({ ok: false, message: "Sign in to continue." });
    expect(await revokeToken({ tokenId: "00000000-0000-4000-8000-000000000000" })).toEqual({ ok: false, message: "Sign in to continue." });
  });

  it("let any role create a token for themselves, shown once, and refuse a blank name", async () => {
    const viewer = await buildUser({ role: "viewer" });
    signInAs(viewer);
    expect((await createToken({ name: "   " })).ok).toBe(false);
    const created = await createToken({ name: "Newsroom sync" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.token.token).toMatch(/^cdk_/);
    const listed = await listApiTokens({ actor: viewer });
    expect(listed.map((token) => token.name)).toEqual(["Newsroom sync"]);
    expect(JSON.stringify(listed)).not.toContain(created.token.token);
  });

  it("never revoke somebody else's token", async () => {
    const owner = await buildUser({ role: "reviewer" });
    signInAs(owner);
    const created = await createToken({ name: "Mine" });
    if (!created.ok) throw new Error("token not created");
    signInAs(await buildUser({ role: "admin" }));
    expect((await revokeToken({ tokenId: created.token.id })).ok).toBe(false);
    signInAs(owner);
    expect(await revokeToken({ tokenId: created.token.id })).toEqual({ ok: true });
    expect((await listApiTokens({ actor: owner }))[0]?.revokedAt).not.toBeNull();
  });
});
