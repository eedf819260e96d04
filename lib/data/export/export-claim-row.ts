import "server-only";

/** A claim as the exports read it: flat, with its article, sources and reviews. */
export type ExportClaimRow = {
  id: string;
  articleId: string;
  articleTitle: string;
  articleUrl: string | null;
  articleVersion: number;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchoredVersion: number;
  claimant: string | null;
  summary: string | null;
  status: string;
  verdict: string | null;
  rationale: string | null;
  tags: string[];
  sources: { url: string; title: string | null; publisher: string | null; stance: string; excerpt: string | null }[];
  /** The reviews the exporting user may see (lib/policies canSeeReviews), oldest first. */
  reviews: { reviewerId: string; reviewer: string; rating: string; rationale: string | null; madeBlind: boolean; createdAt: string }[];
  /** How many reviews are hidden from the exporting user (a blind policy, before their own review). */
  hiddenReviews: number;
  /** Only when asked for (the W3C export): live comments, oldest first, with the names they mention. */
  comments?: { id: string; authorId: string; author: string; body: string; mentions: { id: string; name: string }[]; createdAt: string }[];
  createdBy: string;
  createdById: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  updatedAt: string;
  orphan: boolean;
  /** Set when the article's words under the claim changed after it was judged (ISO 8601, UTC). */
  recheckSince: string | null;
  recheckPreviousExact: string | null;
};
