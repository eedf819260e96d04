import { z } from "zod";
import { ZClaimStatus, ZVerdict } from "@/lib/validation/verdicts";
import { ZPersonView, ZTimestamp } from "./person";

/** A claim as "My work" lists it: enough to recognise it, and where it is. */
export const ZWorkClaimView = z.object({
  claimId: z.uuid(),
  articleId: z.uuid(),
  articleTitle: z.string(),
  exact: z.string(),
  status: ZClaimStatus,
  verdict: ZVerdict.nullable(),
  updatedAt: ZTimestamp,
});

/** A comment that mentions me, not seen yet. */
export const ZWorkMentionView = z.object({
  commentId: z.uuid(),
  claimId: z.uuid(),
  articleId: z.uuid(),
  articleTitle: z.string(),
  exact: z.string(),
  author: ZPersonView,
  /** The comment's words, mentions as @names. */
  text: z.string(),
  at: ZTimestamp,
});

/** GET /api/me/work: the claims assigned to me and not resolved, and my unseen mentions. */
export const ZWorkView = z.object({
  assigned: z.array(ZWorkClaimView),
  /** Under a blind policy: claims waiting for my own review (assigned to me, or reviewed by someone else). */
  toReview: z.array(ZWorkClaimView),
  mentions: z.array(ZWorkMentionView),
  count: z.number().int(),
});
export type WorkView = z.infer<typeof ZWorkView>;
