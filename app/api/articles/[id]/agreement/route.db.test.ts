import { beforeEach, describe, expect, it, vi } from "vitest";
import { setReviewPolicy } from "@/lib/data/articles/set-review-policy";
import { createClaim } from "@/lib/data/claims/create-claim";
import { recordReview } from "@/lib/data/reviews/record-review";
import type { Verdict } from "@/lib/validation/verdicts";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { docFromParagraphs } from "@/lib/document/article-document";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const agreement = (id: string) => GET(jsonRequest(`/api/articles/${id}/agreement`, "GET"), routeContext({ id }));

// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), the example with missing
// values: 4 observers, 12 units, values 1-5 (here false .. true), "." = no review.
const EXAMPLE = ["1 2 3 3 2 1 4 1 2 . . .", "1 2 3 3 2 2 4 1 2 5 . 3", ". 3 3 3 2 3 4 2 2 5 1 .", "1 2 3 3 2 4 4 1 2 5 1 ."];
const SCALE: Verdict[] = ["false", "mostly-false", "half-true", "mostly-true", "true"];

describe("GET /api/articles/:id/agreement", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401 and answers an unknown article with 404", async () => {
    const article = await buildArticle();
    expect((await agreement(article.id)).status).toBe(401);
    signInAs(await buildUser({ role: "viewer" }));
    expect((await agreement("0193f3c4-5b6a-7c8d-9e0f-123456789abc")).status).toBe(404);
  });

  it("gives Krippendorff's published figures for his worked example (nominal 0.743, ordinal 0.815)", async () => {
    const editor = await buildUser({ role: "editor" });
    const paragraphs = Array.from({ length: 12 }, (_, unit) => `Claim number ${unit + 1} is here.`);
    const article = await buildArticle({ actor: editor, doc: docFromParagraphs(paragraphs) });
    const claims = [];
    for (const paragraph of paragraphs) {
      const start = article.text.indexOf(paragraph);
      claims.push(await createClaim({ actor: editor, articleId: article.id, input: { selector: { exact: paragraph, start, end: start + paragraph.length } } }));
    }
    for (const [observer, line] of EXAMPLE.entries()) {
      const reviewer = await buildUser({ name: `Observer ${"ABCD"[observer]}` });
      for (const [unit, value] of line.split(" ").entries()) {
        if (value !== ".") await recordReview({ actor: reviewer, claimId: claims[unit]!.id, input: { rating: SCALE[Number(value) - 1]! } });
      }
    }
    signInAs(await buildUser({ role: "viewer" }));
    const body = await (await agreement(article.id)).json();
    expect(body).toMatchObject({ alphaNominal: 0.743, alphaOrdinal: 0.815, claims: 11, reviews: 40, reviewers: 4, blindReviews: 0 });
    // Units 2, 6 and 8 of the matrix are where the observers disagree (unit 12 has one value).
    expect(body.disagreements).toEqual([claims[1]!.id, claims[5]!.id, claims[7]!.id].sort());
  });

  it("names disagreements under a blind policy only to those who may see the reviews", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ actor: editor });
    await setReviewPolicy({ actor: editor, articleId: article.id, policy: "blind" });
    const claim = await buildClaim({ article });
    const [ana, ben, cho] = [await buildUser(), await buildUser(), await buildUser()];
    await recordReview({ actor: ana, claimId: claim.id, input: { rating: "true" } });
    await recordReview({ actor: ben, claimId: claim.id, input: { rating: "false" } });
    signInAs(cho);
    expect(await (await agreement(article.id)).json()).toMatchObject({ claims: 1, blindReviews: 2, disagreements: [] });
    signInAs(ana);
    expect((await (await agreement(article.id)).json()).disagreements).toEqual([claim.id]);
    signInAs(editor);
    expect((await (await agreement(article.id)).json()).disagreements).toEqual([claim.id]);
  });
});
