import { z } from "zod";
import { ZVerdict } from "@/lib/validation/verdicts";
import { ZPersonView, ZTimestamp } from "./person";

/** One reviewer's independent rating of a claim. */
export const ZReviewView = z.object({
  id: z.uuid(),
  claimId: z.uuid(),
  reviewer: ZPersonView,
  rating: ZVerdict,
  rationale: z.string().nullable(),
  /** Recorded while the article's policy was blind. */
  madeBlind: z.boolean(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});
export type ReviewView = z.infer<typeof ZReviewView>;

/** `GET /api/claims/:id/reviews`: the reviews the asker may see, and how many others are hidden from them. */
export const ZReviewListAnswer = z.object({ reviews: z.array(ZReviewView), hidden: z.number().int().min(0) });
export type ReviewListAnswer = z.infer<typeof ZReviewListAnswer>;
export const ZReviewAnswer = z.object({ review: ZReviewView });
