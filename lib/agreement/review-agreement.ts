/**
 * How far independent reviewers agree: Krippendorff's alpha over the claims with two reviews or
 * more, nominal over all seven verdicts and ordinal over the five-step scale (misleading and
 * unproven count as missing there), for a set of reviews and for each pair of reviewers.
 */
import { VERDICTS, type Verdict } from "@/lib/validation/verdicts";
import { krippendorffAlpha } from "./krippendorff-alpha";

/** true > mostly-true > half-true > mostly-false > false. */
export const ORDINAL_VERDICTS: readonly Verdict[] = VERDICTS.slice(0, 5);

export type AgreementReview = { claimId: string; reviewer: { id: string; name: string }; rating: Verdict; madeBlind: boolean };

export type AgreementFigures = {
  alphaNominal: number | null;
  alphaOrdinal: number | null;
  /** Why a figure is null (too little data), else null. */
  reasons: { nominal: string | null; ordinal: string | null };
  /** Claims with two reviews or more, the reviews of those claims, who wrote them, how many blind. */
  claims: number;
  reviews: number;
  reviewers: number;
  blindReviews: number;
  /** Claims whose reviewers gave different ratings. */
  disagreements: string[];
};

const REASONS: Record<string, string> = {
  "No unit has two or more values.": "No claim has two reviews yet.",
  "All values are the same: agreement cannot be told from chance.": "Every review gave the same rating: agreement cannot be told from chance.",
};

function byClaim(reviews: readonly AgreementReview[]): Map<string, AgreementReview[]> {
  const claims = new Map<string, AgreementReview[]>();
  for (const review of reviews) claims.set(review.claimId, [...(claims.get(review.claimId) ?? []), review]);
  return claims;
}

export function agreementOf(reviews: readonly AgreementReview[]): AgreementFigures {
  const paired = [...byClaim(reviews).entries()].filter(([, list]) => list.length >= 2);
  const units = paired.map(([, list]) => list.map((review) => review.rating));
  const nominal = krippendorffAlpha(units, { metric: "nominal" });
  const ordinal = krippendorffAlpha(units, { metric: "ordinal", order: ORDINAL_VERDICTS });
  const counted = paired.flatMap(([, list]) => list);
  const round = (alpha: number | null) => (alpha === null ? null : Math.round(alpha * 1000) / 1000);
  return {
    alphaNominal: round(nominal.alpha),
    alphaOrdinal: round(ordinal.alpha),
    reasons: { nominal: nominal.reason && (REASONS[nominal.reason] ?? nominal.reason), ordinal: ordinal.reason && (REASONS[ordinal.reason] ?? ordinal.reason) },
    claims: paired.length,
    reviews: counted.length,
    reviewers: new Set(counted.map((review) => review.reviewer.id)).size,
    blindReviews: counted.filter((review) => review.madeBlind).length,
    disagreements: paired.filter(([, list]) => new Set(list.map((review) => review.rating)).size > 1).map(([claimId]) => claimId),
  };
}

export type PairAgreement = { reviewers: [{ id: string; name: string }, { id: string; name: string }]; claims: number; alphaNominal: number | null; alphaOrdinal: number | null };

/** The figures for each pair of reviewers over the claims both reviewed, most shared claims first. */
export function pairAgreements(reviews: readonly AgreementReview[]): PairAgreement[] {
  const pairs = new Map<string, { reviewers: PairAgreement["reviewers"]; units: Verdict[][] }>();
  for (const list of byClaim(reviews).values()) {
    const sorted = [...list].sort((a, b) => a.reviewer.id.localeCompare(b.reviewer.id));
    sorted.forEach((a, i) =>
      sorted.slice(i + 1).forEach((b) => {
        const key = `${a.reviewer.id}:${b.reviewer.id}`;
        const pair = pairs.get(key) ?? { reviewers: [a.reviewer, b.reviewer], units: [] };
        pair.units.push([a.rating, b.rating]);
        pairs.set(key, pair);
      }),
    );
  }
  return [...pairs.values()]
    .map(({ reviewers, units }) => {
      const figures = agreementOf(units.flatMap((unit, index) => unit.map((rating, who) => ({ claimId: String(index), reviewer: reviewers[who]!, rating, madeBlind: false }))));
      return { reviewers, claims: units.length, alphaNominal: figures.alphaNominal, alphaOrdinal: figures.alphaOrdinal };
    })
    .sort((a, b) => b.claims - a.claims || a.reviewers[0].name.localeCompare(b.reviewers[0].name));
}
