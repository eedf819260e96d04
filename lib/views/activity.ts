import { z } from "zod";
import { ZPersonView, ZTimestamp } from "./person";

/** One line of an article's activity or a claim's history: who did what, when, in words. */
export const ZActivityEntry = z.object({
  /** The event's position in the log (digits); `?before=` pages on from it. */
  id: z.string(),
  type: z.string(),
  at: ZTimestamp,
  actor: ZPersonView.nullable(),
  claimId: z.uuid().nullable(),
  text: z.string(),
  /** For updates: each changed field, from and to (the fields of the entity's view). */
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).optional(),
});
export type ActivityEntry = z.infer<typeof ZActivityEntry>;

export const ZActivityAnswer = z.object({ activity: z.array(ZActivityEntry), next: z.string().optional() });
export const ZHistoryAnswer = z.object({ history: z.array(ZActivityEntry) });
