import { z } from "zod";
import { ZVerdict } from "./verdicts";

const ZRationale = z
  .string()
  .trim()
  .max(20_000, "At most 20000 characters.")
  .transform((value) => value || null)
  .nullable()
  .optional();

/** `PUT /api/claims/:id/review`: one reviewer's independent rating of a claim. */
export const ZRecordReview = z.object({ rating: ZVerdict, rationale: ZRationale }).strict();
export type RecordReview = z.infer<typeof ZRecordReview>;

export const REVIEW_POLICIES = ["open", "blind"] as const;
export const ZReviewPolicy = z.enum(REVIEW_POLICIES);
export type ReviewPolicy = z.infer<typeof ZReviewPolicy>;

/** `PUT /api/articles/:id/review-policy`. */
export const ZSetReviewPolicy = z.object({ policy: ZReviewPolicy }).strict();
export type SetReviewPolicy = z.infer<typeof ZSetReviewPolicy>;

/** `PUT /api/claims/:id/verdict`: the final verdict (null clears it), with the version read. */
export const ZSetVerdict = z.object({ version: z.number().int().min(1), verdict: ZVerdict.nullable(), rationale: ZRationale }).strict();
export type SetVerdict = z.infer<typeof ZSetVerdict>;
