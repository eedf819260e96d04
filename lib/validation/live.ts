import { z } from "zod";
import { ZUuid } from "./users";

/** PUT /api/articles/:id/presence: the claim the user is on, or null for the article itself. */
export const ZSetPresence = z.object({ claimId: ZUuid.nullable() }).strict();
export type SetPresence = z.infer<typeof ZSetPresence>;

const MAX_EVENT_ID = 9_223_372_036_854_775_807n; // the log's ids are Postgres bigints

/** An event's position in the log: digits, within a Postgres bigint (a larger one would be a 500). */
export const ZEventId = z
  .string()
  .regex(/^\d{1,19}$/, "Must be the id of an event (digits).")
  .refine((id) => !/^\d{1,19}$/.test(id) || BigInt(id) <= MAX_EVENT_ID, "Must be the id of an event (too large).");

/** `Last-Event-ID` (or `?lastEventId=`): the id of the last event the client received. */
export const ZLastEventId = ZEventId;

/** GET /api/articles/:id/activity: the page before an event id, and how many. */
export const ZActivityQuery = z
  .object({
    before: ZEventId.optional(),
    limit: z.coerce.number().int().min(1, "At least 1.").max(100, "At most 100.").default(50),
  })
  .strict();
