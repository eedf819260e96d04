import type { ClaimStatus, Verdict } from "@/lib/validation/verdicts";
import type { ClaimView } from "@/lib/views/claim";

/** `disagreements`: reviewers disagree on it; `recheck`: its words changed since the verdict. */
export type ClaimFlag = "all" | "disagreements" | "recheck";

export type ClaimFilter = { verdict: Verdict | "none" | "all"; status: ClaimStatus | "all"; authorId: string | "all"; flag: ClaimFlag };

export const NO_FILTER: ClaimFilter = { verdict: "all", status: "all", authorId: "all", flag: "all" };

export function matchesFilter(claim: ClaimView, filter: ClaimFilter, disagreements: ReadonlySet<string> = new Set()): boolean {
  if (filter.flag === "disagreements" && !disagreements.has(claim.id)) return false;
  if (filter.flag === "recheck" && !claim.recheck) return false;
  if (filter.verdict !== "all" && (claim.verdict ?? "none") !== filter.verdict) return false;
  if (filter.status !== "all" && claim.status !== filter.status) return false;
  if (filter.authorId !== "all" && claim.createdBy.id !== filter.authorId) return false;
  return true;
}

/** Claims in the order their text appears in the article. */
export function inTextOrder(claims: ClaimView[]): ClaimView[] {
  return [...claims].sort((a, b) => a.selector.start - b.selector.start || b.selector.end - a.selector.end || a.createdAt.localeCompare(b.createdAt));
}
