import { describe, expect, it } from "vitest";
import { buildUser } from "@/test/factories";
import { updateUserRole } from "./update-user-role";
import { findSessionActor, signOutEverywhere, startUserSession } from "./user-sessions";

const DAY = 24 * 60 * 60;

describe("browser sessions", () => {
  it("a role change ends the user's sessions: the old cookie no longer signs anyone in", async () => {
    const admin = await buildUser({ role: "admin" });
    const rosa = await buildUser({ role: "reviewer" });
    const sessionId = await startUserSession({ userId: rosa.id, maxAgeSeconds: DAY });
    expect(await findSessionActor({ userId: rosa.id, sessionId })).toMatchObject({ id: rosa.id, role: "reviewer" });
    await updateUserRole({ actor: admin, userId: rosa.id, input: { role: "viewer" } });
    expect(await findSessionActor({ userId: rosa.id, sessionId })).toBeNull();
    // A new sign-in works, under the new role; saving the same role again ends nothing.
    const next = await startUserSession({ userId: rosa.id, maxAgeSeconds: DAY });
    await updateUserRole({ actor: admin, userId: rosa.id, input: { role: "viewer" } });
    expect(await findSessionActor({ userId: rosa.id, sessionId: next })).toMatchObject({ role: "viewer" });
  });

  it("an admin signs a user out everywhere; nobody else may", async () => {
    const admin = await buildUser({ role: "admin" });
    const rosa = await buildUser();
    const sessions = [await startUserSession({ userId: rosa.id, maxAgeSeconds: DAY }), await startUserSession({ userId: rosa.id, maxAgeSeconds: DAY })];
    const other = await startUserSession({ userId: admin.id, maxAgeSeconds: DAY });
    await expect(signOutEverywhere({ actor: await buildUser({ role: "editor" }), userId: rosa.id })).rejects.toMatchObject({ status: 403 });
    expect(await signOutEverywhere({ actor: admin, userId: rosa.id })).toBe(2);
    for (const sessionId of sessions) expect(await findSessionActor({ userId: rosa.id, sessionId })).toBeNull();
    expect(await findSessionActor({ userId: admin.id, sessionId: other })).not.toBeNull();
    await expect(signOutEverywhere({ actor: admin, userId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc" })).rejects.toMatchObject({ status: 404 });
  });
});
