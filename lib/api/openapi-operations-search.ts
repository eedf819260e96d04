/** The operation of searching claims across all articles. */
import { ZSearchQuery } from "@/lib/validation/search";
import { ZSearchAnswer } from "@/lib/views/search";
import type { OperationSpec } from "./openapi-operations";

const SEARCH_PARAMETERS: Record<string, string> = {
  q: "What to find, in web-search syntax: words (all of them must match), `\"a phrase\"`, `-excluded`, `or`. Words match as written in any language, and English words also by their stem (`vaccines` finds `vaccine`).",
  verdict: "Only claims with this verdict (`none`: without a verdict).",
  status: "Only claims with this status.",
  article: "Only claims in this article (its id).",
  author: "Only claims created by this user (their id).",
  assignee: "Only claims assigned to this user (their id); `none`: unassigned claims.",
  cursor: "The previous page's `next`: the page after it.",
  limit: "Results per page (at most 50).",
};

export const SEARCH_OPERATIONS: OperationSpec[] = [
  {
    id: "searchClaims", method: "get", path: "/api/search", tag: "Claims",
    summary: "Search claims across all articles",
    description:
      "Finds live claims (never deleted ones) by their quote, summary, claimant, tags, rationale, and their sources' titles and excerpts; best match first (a match in the quote or summary weighs most, one in a source least). Reviews are not searched, and claims carry none: under a blind policy nothing a search answers reveals another reviewer's rating. Each result has its claim, its article (`id`, `title`) and `highlights`: the fields that matched, each as `segments` of text where `isMatch` marks the matching words (a long field cut to the passages around them). Open a claim in the app at `/articles/{article.id}?claim={claim.id}`. `next`, when present, is the cursor of the following page.",
    access: "viewer+",
    query: { schema: ZSearchQuery, descriptions: SEARCH_PARAMETERS },
    success: { status: 200, description: "`{ results: [{ claim, article, highlights }], next? }`", schema: ZSearchAnswer },
    errors: [400, 401],
  },
];
