import { z } from "zod";
import { ZStance } from "@/lib/validation/verdicts";
import { ZPersonView, ZTimestamp } from "./person";

/** A source attached to a claim, with its evidence quote and stance. */
export const ZSourceView = z.object({
  id: z.uuid(),
  claimId: z.uuid(),
  url: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  excerpt: z.string().nullable(),
  stance: ZStance,
  addedBy: ZPersonView,
  /** Sent back with an edit or removal: a stale one gets 409. */
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});
export type SourceView = z.infer<typeof ZSourceView>;

/** What DELETE /api/sources/:id answers: the removed source and its claim. */
export const ZDeletedSourceView = z.object({ id: z.uuid(), claimId: z.uuid() });
export type DeletedSourceView = z.infer<typeof ZDeletedSourceView>;

/** `{ source }`, the answer of adding or editing a source. */
export const ZSourceAnswer = z.object({ source: ZSourceView });
