import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { POST as markSeen } from "../mentions/seen/route";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

describe("/api/me/work and /api/me/mentions/seen", () => {
  beforeEach(() => signOut());

  it("answer the signed-out with 401", async () => {
    expect((await GET(jsonRequest("/api/me/work", "GET"), routeContext())).status).toBe(401);
    expect((await markSeen(jsonRequest("/api/me/mentions/seen", "POST", { claimId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc" }), routeContext())).status).toBe(401);
  });

  it("give any signed-in role their (empty) work, and refuse a bad claim id with 400 naming it", async () => {
    signInAs(await buildUser({ role: "viewer" }));
    const work = await GET(jsonRequest("/api/me/work", "GET"), routeContext());
    expect(work.status).toBe(200);
    expect(await work.json()).toEqual({ assigned: [], toReview: [], mentions: [], count: 0 });
    const bad = await markSeen(jsonRequest("/api/me/mentions/seen", "POST", { claimId: "x" }), routeContext());
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toHaveProperty(["claimId"]);
  });
});
