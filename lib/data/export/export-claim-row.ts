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
  reviews: { reviewer: string; rating: string }[];
  createdBy: string;
  createdById: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  updatedAt: string;
  orphan: boolean;
};
