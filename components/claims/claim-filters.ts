import type { ClaimStatus, Verdict } from "@/lib/validation/verdicts";
import type { ClaimView } from "@/lib/views/claim";

export type ClaimFilter = { verdict: Verdict | "none" | "all"; status: ClaimStatus | "all"; authorId: string | "all" };

export const NO_FILTER: ClaimFilter = { verdict: "all", status: "all", authorId: "all" };

export function matchesFilter(claim: ClaimView, filter: ClaimFilter): boolean {
  if (filter.verdict !== "all" && (claim.verdict ?? "none") !== filter.verdict) return false;
  if (filter.status !== "all" && claim.status !== filter.status) return false;
  if (filter.authorId !== "all" && claim.createdBy.id !== filter.authorId) return false;
  return true;
}

/** Claims in the order their text appears in the article. */
export function inTextOrder(claims: ClaimView[]): ClaimView[] {
  return [...claims].sort((a, b) => a.selector.start - b.selector.start || b.selector.end - a.selector.end || a.createdAt.localeCompare(b.createdAt));
}
