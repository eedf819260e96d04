import { beforeEach, describe, expect, it, vi } from "vitest";
import { recordReview } from "@/lib/data/reviews/record-review";
import { buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET as getWorkspace } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

describe("GET /api/agreement", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401", async () => {
    expect((await getWorkspace(jsonRequest("/api/agreement", "GET"), routeContext())).status).toBe(401);
  });

  it("rejects the wrong role: a reviewer or a viewer gets 403", async () => {
    signInAs(await buildUser());
    expect((await getWorkspace(jsonRequest("/api/agreement", "GET"), routeContext())).status).toBe(403);
    signInAs(await buildUser({ role: "viewer" }));
    expect((await getWorkspace(jsonRequest("/api/agreement", "GET"), routeContext())).status).toBe(403);
  });

  it("lists each pair of reviewers for an editor", async () => {
    const claim = await buildClaim();
    const [ana, ben] = [await buildUser({ name: "Ana" }), await buildUser({ name: "Ben" })];
    await recordReview({ actor: ana, claimId: claim.id, input: { rating: "true" } });
    await recordReview({ actor: ben, claimId: claim.id, input: { rating: "true" } });
    signInAs(await buildUser({ role: "editor" }));
    const body = await (await getWorkspace(jsonRequest("/api/agreement", "GET"), routeContext())).json();
    expect(body.pairs.some((pair: { reviewers: { name: string }[]; claims: number }) => pair.reviewers.map((r) => r.name).sort().join("+") === "Ana+Ben" && pair.claims === 1)).toBe(true);
  });
});
