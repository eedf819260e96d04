import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "../reviews/route";
import { DELETE, PUT } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const put = (id: string, body: unknown) => PUT(jsonRequest(`/api/claims/${id}/review`, "PUT", body), routeContext({ id }));
const withdraw = (id: string) => DELETE(jsonRequest(`/api/claims/${id}/review`, "DELETE"), routeContext({ id }));
const list = (id: string) => GET(jsonRequest(`/api/claims/${id}/reviews`, "GET"), routeContext({ id }));

describe("/api/claims/:id/review and /reviews", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401", async () => {
    const claim = await buildClaim();
    expect((await put(claim.id, { rating: "true" })).status).toBe(401);
    expect((await withdraw(claim.id)).status).toBe(401);
    expect((await list(claim.id)).status).toBe(401);
  });

  it("lets a viewer read reviews but not record or withdraw one (403)", async () => {
    const claim = await buildClaim();
    signInAs(await buildUser({ role: "viewer" }));
    expect((await put(claim.id, { rating: "true" })).status).toBe(403);
    expect((await withdraw(claim.id)).status).toBe(403);
    expect(await (await list(claim.id)).json()).toEqual({ reviews: [], hidden: 0 });
  });

  it("answers bad input with 400 naming the field, and stores nothing", async () => {
    const claim = await buildClaim();
    signInAs(await buildUser());
    const bad = await put(claim.id, { rating: "probably" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toHaveProperty("rating");
    expect((await put(claim.id, { rating: "true", stars: 5 })).status).toBe(400);
    expect(await (await list(claim.id)).json()).toEqual({ reviews: [], hidden: 0 });
  });

  it("records, changes and withdraws the reviewer's own review", async () => {
    const claim = await buildClaim();
    const rosa = await buildUser({ name: "Rosa" });
    signInAs(rosa);
    const recorded = await put(claim.id, { rating: "false", rationale: "  Checked the grid operator  " });
    expect(recorded.status).toBe(200);
    expect((await recorded.json()).review).toMatchObject({ claimId: claim.id, rating: "false", rationale: "Checked the grid operator", reviewer: { id: rosa.id } });
    expect((await put(claim.id, { rating: "mostly-false" })).status).toBe(200);
    const { reviews } = await (await list(claim.id)).json();
    expect(reviews.map((review: { rating: string }) => review.rating)).toEqual(["mostly-false"]);
    expect((await withdraw(claim.id)).status).toBe(200);
    expect((await withdraw(claim.id)).status).toBe(404);
  });

  it("answers an unknown claim with 404", async () => {
    signInAs(await buildUser());
    const unknown = "0193f3c4-5b6a-7c8d-9e0f-123456789abc";
    expect((await put(unknown, { rating: "true" })).status).toBe(404);
    expect((await list(unknown)).status).toBe(404);
  });
});
