import { describe, expect, it } from "vitest";
import type { Verdict } from "@/lib/validation/verdicts";
import { agreementOf, pairAgreements, type AgreementReview } from "./review-agreement";

const ana = { id: "a", name: "Ana" };
const ben = { id: "b", name: "Ben" };
const cho = { id: "c", name: "Cho" };
const review = (claimId: string, reviewer: { id: string; name: string }, rating: Verdict, madeBlind = true): AgreementReview => ({ claimId, reviewer, rating, madeBlind });

describe("agreementOf", () => {
  it("says why there is no figure before any claim has two reviews", () => {
    const figures = agreementOf([review("c1", ana, "true"), review("c2", ben, "false")]);
    expect(figures).toMatchObject({ alphaNominal: null, alphaOrdinal: null, claims: 0, reviews: 0, disagreements: [] });
    expect(figures.reasons.nominal).toBe("No claim has two reviews yet.");
  });

  it("counts the claims, reviews, reviewers and blind reviews it is computed over, and lists the disagreements", () => {
    const reviews = [
      review("c1", ana, "true"), review("c1", ben, "true"),
      review("c2", ana, "false"), review("c2", ben, "mostly-false", false),
      review("c3", ana, "half-true"), review("c3", ben, "half-true"), review("c3", cho, "false"),
      review("c4", cho, "true"),
    ];
    const figures = agreementOf(reviews);
    expect(figures).toMatchObject({ claims: 3, reviews: 7, reviewers: 3, blindReviews: 6, disagreements: ["c2", "c3"] });
    // Near misses on the scale cost the ordinal figure less than the nominal one.
    expect(figures.alphaOrdinal!).toBeGreaterThan(figures.alphaNominal!);
  });

  it("leaves misleading and unproven out of the ordinal figure only", () => {
    const figures = agreementOf([review("c1", ana, "misleading"), review("c1", ben, "misleading"), review("c2", ana, "true"), review("c2", ben, "false")]);
    expect(figures.claims).toBe(2);
    // Only c2 is on the scale: one unit whose two values disagree, as chance would (alpha 0).
    expect(figures.alphaOrdinal).toBe(0);
    // The nominal figure counts c1's agreement on "misleading": 1 - 3 * 2 / 10.
    expect(figures.alphaNominal).toBe(0.4);
  });
});

describe("pairAgreements", () => {
  it("computes each pair over the claims both reviewed, most shared claims first", () => {
    const pairs = pairAgreements([
      review("c1", ana, "true"), review("c1", ben, "true"), review("c1", cho, "false"),
      review("c2", ana, "false"), review("c2", ben, "false"),
      review("c3", ana, "half-true"), review("c3", ben, "half-true"),
    ]);
    expect(pairs.map((pair) => [pair.reviewers.map((r) => r.name).join("+"), pair.claims])).toEqual([["Ana+Ben", 3], ["Ana+Cho", 1], ["Ben+Cho", 1]]);
    expect(pairs[0]).toMatchObject({ alphaNominal: 1, alphaOrdinal: 1 });
    // One claim, two different ratings: no better than chance.
    expect(pairs[1]).toMatchObject({ alphaNominal: 0, alphaOrdinal: 0 });
  });
});
