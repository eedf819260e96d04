import { beforeEach, describe, expect, it, vi } from "vitest";
import { setReviewPolicy } from "@/lib/data/articles/set-review-policy";
import { recordReview } from "@/lib/data/reviews/record-review";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const list = (id: string) => GET(jsonRequest(`/api/claims/${id}/reviews`, "GET"), routeContext({ id }));

describe("GET /api/claims/:id/reviews", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401", async () => {
    const claim = await buildClaim();
    expect((await list(claim.id)).status).toBe(401);
  });

  it("rejects the wrong role: under blind review, a viewer or a reviewer who has not reviewed gets only the count", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ actor: editor });
    await setReviewPolicy({ actor: editor, articleId: article.id, policy: "blind" });
    const claim = await buildClaim({ article });
    await recordReview({ actor: await buildUser(), claimId: claim.id, input: { rating: "false", rationale: "Private reasons" } });
    for (const role of ["viewer", "reviewer"] as const) {
      signInAs(await buildUser({ role }));
      const answer = await list(claim.id);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ reviews: [], hidden: 1 });
    }
    signInAs(editor);
    expect((await (await list(claim.id)).json()).reviews).toHaveLength(1);
  });

  it("lets a viewer read the reviews of an open article", async () => {
    const claim = await buildClaim();
    await recordReview({ actor: await buildUser({ name: "Rosa" }), claimId: claim.id, input: { rating: "mostly-false" } });
    signInAs(await buildUser({ role: "viewer" }));
    const { reviews, hidden } = await (await list(claim.id)).json();
    expect(reviews.map((review: { rating: string }) => review.rating)).toEqual(["mostly-false"]);
    expect(hidden).toBe(0);
  });

  it("answers an unknown claim with 404", async () => {
    signInAs(await buildUser());
    expect((await list("0193f3c4-5b6a-7c8d-9e0f-123456789abc")).status).toBe(404);
  });
});
