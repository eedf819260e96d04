import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { startUserSession } from "@/lib/data/users/user-sessions";
import { DELETE } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const end = (id: string) => DELETE(jsonRequest(`/api/users/${id}/sessions`, "DELETE"), routeContext({ id }));

describe("DELETE /api/users/:id/sessions", () => {
  beforeEach(() => signOut());

  it("is for admins: 401 anonymous, 403 an editor, 404 an unknown user", async () => {
    const rosa = await buildUser();
    expect((await end(rosa.id)).status).toBe(401);
    signInAs(await buildUser({ role: "editor" }));
    expect((await end(rosa.id)).status).toBe(403);
    signInAs(await buildUser({ role: "admin" }));
    expect((await end("0193f3c4-5b6a-7c8d-9e0f-123456789abc")).status).toBe(404);
  });

  it("ends every session of the user", async () => {
    const rosa = await buildUser();
    await startUserSession({ userId: rosa.id, maxAgeSeconds: 3600 });
    signInAs(await buildUser({ role: "admin" }));
    const answer = await end(rosa.id);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ ended: 1 });
  });
});
