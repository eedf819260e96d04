import { beforeEach, describe, expect, it, vi } from "vitest";
import { createComment } from "@/lib/data/comments/create-comment";
import { listMyWork } from "@/lib/data/work/list-my-work";
import { ROLES } from "@/lib/validation/roles";
import { buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { POST } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const markSeen = (body: unknown) => POST(jsonRequest("/api/me/mentions/seen", "POST", body), routeContext());

describe("POST /api/me/mentions/seen", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401", async () => {
    expect((await markSeen({ claimId: (await buildClaim()).id })).status).toBe(401);
  });

  // It marks only the caller's own mentions, whatever their role: there is no wrong role to reject.
  it.each(ROLES)("has no wrong role: a %s marks their own mentions on a claim seen", async (role) => {
    const claim = await buildClaim();
    const me = await buildUser({ role });
    await createComment({ actor: await buildUser(), claimId: claim.id, input: { body: `@{${me.id}} look` } });
    signInAs(me);
    const response = await markSeen({ claimId: claim.id });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ seen: 1 });
    expect((await listMyWork({ actor: me })).mentions).toEqual([]);
  });
});
