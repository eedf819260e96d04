import { z } from "zod";
import { ZVerdict } from "./verdicts";

/** One reviewer's independent rating of a claim. */
export const ZRecordReview = z.object({ rating: ZVerdict, rationale: z.string().trim().max(20_000).optional() }).strict();
export type RecordReview = z.infer<typeof ZRecordReview>;
