/** View objects (lib/views) for browser-side tests: what the API and the live stream hand the page. */
import type { ClaimView } from "@/lib/views/claim";
import type { CommentView } from "@/lib/views/comment";
import type { PersonView } from "@/lib/views/person";
import type { ReviewView } from "@/lib/views/review";
import type { SourceView } from "@/lib/views/source";

/** A valid UUID (the views check them) that reads as its number: uuid(7) ends in ...0007. */
export const uuid = (n: number) => `0193f3c4-0000-7000-8000-${String(n).padStart(12, "0")}`;

export const ARTICLE_ID = uuid(9_000);
export const RITA: PersonView = { id: uuid(9_001), name: "Rita Reviewer" };
export const OMAR: PersonView = { id: uuid(9_002), name: "Omar Other" };

const AT = "2026-11-26T12:00:00.000Z";

export function buildClaimView(overrides: Partial<ClaimView> = {}): ClaimView {
  return {
    id: uuid(1),
    articleId: ARTICLE_ID,
    selector: { exact: "The first paragraph makes a claim.", prefix: "", suffix: "", start: 0, end: 34 },
    anchoredVersion: 1,
    orphan: false,
    claimant: null,
    summary: null,
    status: "open",
    verdict: null,
    rationale: null,
    ruling: null,
    recheck: null,
    tags: [],
    assignee: null,
    createdBy: RITA,
    sources: [],
    version: 1,
    deletedAt: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function buildSourceView(overrides: Partial<SourceView> = {}): SourceView {
  return {
    id: uuid(100),
    claimId: uuid(1),
    url: "https://example.org/report",
    title: null,
    publisher: null,
    excerpt: null,
    stance: "supports",
    addedBy: RITA,
    version: 1,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function buildCommentView(overrides: Partial<CommentView> = {}): CommentView {
  return {
    id: uuid(200),
    claimId: uuid(1),
    parentId: null,
    author: RITA,
    body: "Is there a primary source?",
    mentions: [],
    isDeleted: false,
    resolvedAt: null,
    resolvedBy: null,
    version: 1,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function buildReviewView(overrides: Partial<ReviewView> = {}): ReviewView {
  return {
    id: uuid(300),
    claimId: uuid(1),
    reviewer: RITA,
    rating: "false",
    rationale: null,
    madeBlind: false,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}
