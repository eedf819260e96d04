import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { buildUser } from "@/test/factories";
import { createApiToken } from "../tokens/create-api-token";
import { revokeApiToken } from "../tokens/revoke-api-token";
import { updateUserRole } from "../users/update-user-role";
import { signOutEverywhere } from "../users/user-sessions";
import { auditEntriesFor, tryToRewriteAuditLog } from "./audit-log-for-tests";
import { listAuditEntries } from "./list-audit";
import { recordAudit } from "./record-audit";

const page = (query: { before?: string; limit?: number; action?: "sign_in" | "role_changed" } = {}) => ({ limit: 50, ...query });

describe("the audit log", () => {
  it("records a role change, sign-out everywhere and API tokens, with who did it to whom", async () => {
    const admin = await buildUser({ role: "admin" });
    const user = await buildUser({ role: "viewer" });
    await updateUserRole({ actor: admin, userId: user.id, input: { role: "reviewer" } });
    await signOutEverywhere({ actor: admin, userId: user.id });
    const token = await createApiToken({ actor: user, input: { name: "Newsroom script" } });
    await revokeApiToken({ actor: user, tokenId: token.id });
    expect(await auditEntriesFor({ subjectId: user.id })).toMatchObject([
      { action: "role_changed", actorId: admin.id, details: { from: "viewer", to: "reviewer" } },
      { action: "sessions_ended", actorId: admin.id, details: { ended: 0 } },
      { action: "token_created", actorId: user.id, details: { name: "Newsroom script" } },
      { action: "token_revoked", actorId: user.id, details: { name: "Newsroom script" } },
    ]);
  });

  it("records nothing for a change that was refused, or for a role set to what it was", async () => {
    const editor = await buildUser({ role: "editor" });
    const admin = await buildUser({ role: "admin" });
    const user = await buildUser({ role: "viewer" });
    await expect(updateUserRole({ actor: editor, userId: user.id, input: { role: "admin" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(signOutEverywhere({ actor: editor, userId: user.id })).rejects.toBeInstanceOf(ForbiddenError);
    await updateUserRole({ actor: admin, userId: user.id, input: { role: "viewer" } });
    expect(await auditEntriesFor({ subjectId: user.id })).toEqual([]);
  });

  it("is append-only: the database refuses to change or remove an entry", async () => {
    await recordAudit({ action: "sign_in_failed", email: "someone@example.test", address: "192.0.2.1" });
    const { update, remove } = await tryToRewriteAuditLog();
    expect(String(update)).toMatch(/append-only/);
    expect(String(remove)).toMatch(/append-only/);
    expect(await auditEntriesFor({ email: "someone@example.test" })).toMatchObject([{ address: "192.0.2.1" }]);
  });

  it("is read by admins only, newest first, a page at a time, and by kind", async () => {
    const admin = await buildUser({ role: "admin" });
    const user = await buildUser({ name: "Paged Person", role: "viewer" });
    for (let i = 0; i < 5; i++) await recordAudit({ action: "sign_in", actorId: user.id, subjectId: user.id, address: `192.0.2.${i}` });
    await updateUserRole({ actor: admin, userId: user.id, input: { role: "editor" } });
    await expect(listAuditEntries({ actor: await buildUser({ role: "editor" }), query: page() })).rejects.toBeInstanceOf(ForbiddenError);

    const first = await listAuditEntries({ actor: admin, query: page({ limit: 4 }) });
    expect(first.entries.map((entry) => entry.action)).toEqual(["role_changed", "sign_in", "sign_in", "sign_in"]);
    expect(first.entries[0]).toMatchObject({ actor: { id: admin.id }, subject: { id: user.id, name: "Paged Person" }, details: { from: "viewer", to: "editor" } });
    expect(first.entries[1]).toMatchObject({ actor: { name: "Paged Person" }, address: "192.0.2.4" });
    const second = await listAuditEntries({ actor: admin, query: page({ limit: 4, before: first.nextBefore!, action: "sign_in" }) });
    expect(second.entries.map((entry) => entry.address)).toEqual(["192.0.2.1", "192.0.2.0"]);
    expect(second.nextBefore).toBeNull();
    const roles = await listAuditEntries({ actor: admin, query: page({ action: "role_changed" }) });
    expect(roles.entries.length).toBeGreaterThan(0);
    expect(roles.entries.every((entry) => entry.action === "role_changed")).toBe(true);
    expect(roles.entries[0]).toMatchObject({ subject: { id: user.id } });
  });
});
