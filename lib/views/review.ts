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
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});
export type ReviewView = z.infer<typeof ZReviewView>;
