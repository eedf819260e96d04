/** The operations of the review workflow (reviews, the final verdict, the review policy, agreement) and of its oversight (the audit log). */
import { ZRecordReview, ZSetReviewPolicy, ZSetVerdict } from "@/lib/validation/reviews";
import { ZAgreementView, ZWorkspaceAgreementView } from "@/lib/views/agreement";
import { ZArticleAnswer } from "@/lib/views/article";
import { ZAssignClaims } from "@/lib/validation/claims";
import { ZClaimAnswer, ZClaimListAnswer } from "@/lib/views/claim";
import { ZReviewAnswer, ZReviewListAnswer } from "@/lib/views/review";
import { ZAuditQuery } from "@/lib/validation/audit";
import { ZAuditAnswer } from "@/lib/views/audit";
import type { OperationSpec } from "./openapi-operations";

const BLIND_RULE =
  "Under a `blind` policy a user sees the others' reviews of a claim only once they may: an editor or admin always, a reviewer once they have recorded their own, everyone once the claim has a final verdict.";

export const REVIEW_OPERATIONS: OperationSpec[] = [
  {
    id: "listReviews", method: "get", path: "/api/claims/{id}/reviews", tag: "Claims",
    summary: "A claim's independent reviews",
    description: `${BLIND_RULE} Until then \`reviews\` holds only your own and \`hidden\` says how many others there are.`,
    access: "viewer+",
    success: { status: 200, description: "`{ reviews, hidden }`", schema: ZReviewListAnswer },
    errors: [401, 403, 404],
  },
  {
    id: "recordReview", method: "put", path: "/api/claims/{id}/review", tag: "Claims",
    summary: "Record or change your own review of a claim",
    description: "One review per reviewer per claim. `madeBlind` says whether it was recorded under a blind policy without sight of the others'.",
    access: "reviewer+",
    body: ZRecordReview,
    success: { status: 200, description: "`{ review }`", schema: ZReviewAnswer },
    errors: [400, 401, 403, 404, 413],
  },
  {
    id: "withdrawReview", method: "delete", path: "/api/claims/{id}/review", tag: "Claims",
    summary: "Withdraw your own review of a claim",
    access: "reviewer+",
    success: { status: 200, description: "`{ review }`, as withdrawn", schema: ZReviewAnswer },
    errors: [401, 403, 404],
  },
  {
    id: "setVerdict", method: "put", path: "/api/claims/{id}/verdict", tag: "Claims",
    summary: "Set (or clear) a claim's final verdict",
    description: "Records who ruled (`ruling`) and clears a re-check flag, even when the verdict stays the same. Editors always; the claim's author too under an `open` policy. Clearing a resolved claim's verdict moves it back to in-review. A stale `version` gets 409 with `error.current`.",
    access: "editor+; the claim's author under an open policy",
    body: ZSetVerdict,
    success: { status: 200, description: "`{ claim }`", schema: ZClaimAnswer },
    errors: [400, 401, 403, 404, 409, 413],
  },
  {
    id: "setReviewPolicy", method: "put", path: "/api/articles/{id}/review-policy", tag: "Articles",
    summary: "Set who sees whose reviews of the article's claims",
    description: `\`open\`: reviews are visible to all, and a claim's author sets its verdict. \`blind\`: ${BLIND_RULE} Only editors set final verdicts. Existing reviews follow the new policy from then on.`,
    access: "editor+",
    body: ZSetReviewPolicy,
    success: { status: 200, description: "`{ article }`", schema: ZArticleAnswer },
    errors: [400, 401, 403, 404],
  },
  {
    id: "getArticleAgreement", method: "get", path: "/api/articles/{id}/agreement", tag: "Articles",
    summary: "How far the article's reviewers agree",
    description: "Krippendorff's alpha over the live claims with two reviews or more: `alphaNominal` over all seven verdicts, `alphaOrdinal` over true > mostly-true > half-true > mostly-false > false (misleading and unproven count as missing). A figure is `null` with its reason in `reasons` when there is too little data. `disagreements` lists only claims whose reviews you may see.",
    access: "viewer+",
    success: { status: 200, description: "The figures", schema: ZAgreementView },
    errors: [401, 403, 404],
  },
  {
    id: "getWorkspaceAgreement", method: "get", path: "/api/agreement", tag: "Articles",
    summary: "Agreement across the workspace, and per pair of reviewers",
    access: "editor+",
    success: { status: 200, description: "`{ overall, pairs }`", schema: ZWorkspaceAgreementView },
    errors: [401, 403],
  },
  {
    id: "assignClaims", method: "post", path: "/api/articles/{id}/assignments", tag: "Articles",
    summary: "Assign several of the article's claims at once",
    description: "`assigneeId` must be an active reviewer or above (null unassigns). All or none: an id that is not a live claim of this article is a 422 naming `claimIds`. Claims already so assigned are left alone; each other one gets a `claim.updated` event. Sending the same request again changes nothing.",
    access: "editor+",
    body: ZAssignClaims,
    success: { status: 200, description: "`{ claims }`, as they are afterwards", schema: ZClaimListAnswer },
    errors: [400, 401, 403, 413, 422],
  },
  {
    id: "listAuditLog", method: "get", path: "/api/audit", tag: "Users",
    summary: "The audit log, newest first",
    description: "Sign-ins (succeeded and failed, with the client address), sign-outs, role changes, API tokens made and revoked, and users signed out everywhere. Entries are never changed or removed. `nextBefore` is the `before` of the next page.",
    access: "admin",
    query: { schema: ZAuditQuery, descriptions: { before: "Only entries older than this id (the previous page's `nextBefore`).", limit: "How many (1–200, default 50).", action: "Only this kind of entry." } },
    success: { status: 200, description: "`{ entries, nextBefore }`", schema: ZAuditAnswer },
    errors: [400, 401, 403],
  },
];
