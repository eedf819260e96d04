import { beforeEach, describe, expect, it, vi } from "vitest";
import { listUsers } from "@/lib/data/users/list-users";
import { buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { changeUserRole } from "./actions";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

async function roleOf(userId: string) {
  const admin = await buildUser({ role: "admin" });
  return (await listUsers({ actor: admin })).find((user) => user.id === userId)?.role;
}

describe("changeUserRole (server action)", () => {
  beforeEach(() => signOut());

  it("rejects anonymous and changes nothing", async () => {
    const target = await buildUser({ role: "viewer" });
    expect(await changeUserRole({ userId: target.id, role: "admin" })).toEqual({ ok: false, message: "Sign in to continue." });
    expect(await roleOf(target.id)).toBe("viewer");
  });

  it.each(["viewer", "reviewer", "editor"] as const)("rejects the wrong role (%s) and changes nothing", async (role) => {
    const target = await buildUser({ role: "viewer" });
    signInAs(await buildUser({ role }));
    expect(await changeUserRole({ userId: target.id, role: "editor" })).toEqual({ ok: false, message: "Only admins can change roles." });
    expect(await roleOf(target.id)).toBe("viewer");
  });

  it("refuses an unknown role or a malformed id without touching anything", async () => {
    const target = await buildUser({ role: "viewer" });
    signInAs(await buildUser({ role: "admin" }));
    expect((await changeUserRole({ userId: target.id, role: "owner" as never })).ok).toBe(false);
    expect((await changeUserRole({ userId: "not-an-id", role: "editor" })).ok).toBe(false);
    expect(await roleOf(target.id)).toBe("viewer");
  });

  it("lets an admin change a role", async () => {
    const target = await buildUser({ role: "viewer" });
    signInAs(await buildUser({ role: "admin" }));
    expect(await changeUserRole({ userId: target.id, role: "reviewer" })).toEqual({ ok: true });
    expect(await roleOf(target.id)).toBe("reviewer");
  });
});
