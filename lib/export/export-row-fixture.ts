/** One claim as the exports read it, with something in every field: for the builders' unit tests. */
import type { ExportClaimRow } from "@/lib/data/export/export-claim-row";

export const EXPORT_ROW: ExportClaimRow = {
  id: "0193f3c4-5b6a-7c8d-9e0f-000000000001",
  articleId: "0193f3c4-5b6a-7c8d-9e0f-000000000002",
  articleTitle: "Budget story",
  articleUrl: "https://news.example/budget",
  articleVersion: 2,
  exact: "The deficit doubled last year",
  prefix: "",
  suffix: ", the minister said.",
  start: 0,
  end: 29,
  anchoredVersion: 2,
  claimant: "The minister",
  summary: "The deficit doubled in 2025",
  status: "in-review",
  verdict: "mostly-false",
  rationale: "It rose by 40%.",
  tags: ["economy", "budget"],
  sources: [
    { url: "https://stats.example/deficit", title: "Statistics office", publisher: "ONS", stance: "refutes", excerpt: "The deficit rose by 40%." },
    { url: "https://other.example/", title: null, publisher: null, stance: "context", excerpt: null },
  ],
  reviews: [
    { reviewerId: "0193f3c4-5b6a-7c8d-9e0f-0000000000a1", reviewer: "Rosa", rating: "false", rationale: "Grew 40%, not 100%.", madeBlind: false, createdAt: "2026-11-26T07:30:00.000Z" },
    { reviewerId: "0193f3c4-5b6a-7c8d-9e0f-0000000000a2", reviewer: "Ravi", rating: "mostly-false", rationale: null, madeBlind: false, createdAt: "2026-11-26T07:40:00.000Z" },
  ],
  hiddenReviews: 0,
  comments: [
    { id: "0193f3c4-5b6a-7c8d-9e0f-0000000000c1", authorId: "0193f3c4-5b6a-7c8d-9e0f-0000000000a2", author: "Ravi", body: "See the table.", mentions: [], createdAt: "2026-11-26T07:45:00.000Z" },
  ],
  createdBy: "Rosa",
  createdById: "0193f3c4-5b6a-7c8d-9e0f-0000000000a1",
  createdAt: "2026-11-26T07:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
  orphan: false,
  recheckSince: "2026-11-27T09:00:00.000Z",
  recheckPreviousExact: "The deficit doubled",
};

export const EXPORT_ARTICLE = {
  id: "0193f3c4-5b6a-7c8d-9e0f-000000000002",
  slug: "budget-story",
  title: "Budget story",
  sourceUrl: "https://news.example/budget",
  language: "en-GB",
  publishedAt: "2026-03-04T09:00:00.000Z",
  version: 2,
};
