import { z } from "zod";
import { ZUuid } from "./users";

/** PUT /api/articles/:id/presence: the claim the user is on, or null for the article itself. */
export const ZSetPresence = z.object({ claimId: ZUuid.nullable() }).strict();
export type SetPresence = z.infer<typeof ZSetPresence>;

/** `Last-Event-ID` (or `?lastEventId=`): the id of the last event the client received. */
export const ZLastEventId = z.string().regex(/^\d{1,19}$/, "Must be the id of an event (digits).");

/** GET /api/articles/:id/activity: the page before an event id, and how many. */
export const ZActivityQuery = z
  .object({
    before: z.string().regex(/^\d{1,19}$/, "Must be the id of an event (digits).").optional(),
    limit: z.coerce.number().int().min(1, "At least 1.").max(100, "At most 100.").default(50),
  })
  .strict();
