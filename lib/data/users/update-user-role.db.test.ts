import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { buildUser } from "@/test/factories";
import { updateUserRole } from "./update-user-role";

async function storedRole(user: Actor) {
  return (await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } })).role;
}

function roleChangeEventsFor(user: Actor) {
  return getDb().event.findMany({ where: { type: "user.role_changed", payload: { path: ["user", "id"], equals: user.id } } });
}

describe("updateUserRole", () => {
  it("lets an admin change a role and logs a user.role_changed event", async () => {
    const admin = await buildUser({ role: "admin" });
    const target = await buildUser({ role: "reviewer" });
    await expect(updateUserRole({ actor: admin, userId: target.id, input: { role: "editor" } })).resolves.toEqual({ ...target, role: "editor" });
    expect(await storedRole(target)).toBe("editor");
    const events = await roleChangeEventsFor(target);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.id,
      articleId: null,
      payload: { user: { id: target.id, role: "editor" }, changes: { role: { from: "reviewer", to: "editor" } } },
    });
  });

  it.each(["editor", "reviewer", "viewer"] as const)("refuses a %s and changes nothing", async (role) => {
    const actor = await buildUser({ role });
    const target = await buildUser({ role: "viewer" });
    await expect(updateUserRole({ actor, userId: target.id, input: { role: "admin" } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await storedRole(target)).toBe("viewer");
    expect(await roleChangeEventsFor(target)).toEqual([]);
  });

  it("refuses to let an admin demote themselves and changes nothing", async () => {
    const admin = await buildUser({ role: "admin" });
    await expect(updateUserRole({ actor: admin, userId: admin.id, input: { role: "editor" } })).rejects.toBeInstanceOf(ConflictError);
    expect(await storedRole(admin)).toBe("admin");
    expect(await roleChangeEventsFor(admin)).toEqual([]);
  });

  it("throws NotFoundError for an unknown user id", async () => {
    const admin = await buildUser({ role: "admin" });
    const before = await getDb().event.count();
    await expect(
      updateUserRole({ actor: admin, userId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc", input: { role: "viewer" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().event.count()).toBe(before);
  });
});
