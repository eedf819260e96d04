import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { buildUser } from "@/test/factories";
import { listUsers } from "./list-users";

describe("listUsers", () => {
  it("lists every user, ordered by email, for an admin", async () => {
    const admin = await buildUser({ role: "admin", email: "b-admin@example.test" });
    const viewer = await buildUser({ role: "viewer", email: "a-viewer@example.test" });
    const users = await listUsers({ actor: admin });
    expect(users.map((user) => user.email)).toEqual(["a-viewer@example.test", "b-admin@example.test"]);
    expect(users[0]).toEqual({ id: viewer.id, email: viewer.email, name: viewer.name, role: "viewer", createdAt: expect.any(String), isDisabled: false });
    expect(users[0]).not.toHaveProperty("passwordHash");
  });

  it.each(["editor", "reviewer", "viewer"] as const)("refuses a %s", async (role) => {
    const actor = await buildUser({ role });
    await expect(listUsers({ actor })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
