import { z } from "zod";
import { ZUuid } from "./users";

/** PUT /api/articles/:id/presence: the claim the user is on, or null for the article itself. */
export const ZSetPresence = z.object({ claimId: ZUuid.nullable() }).strict();
export type SetPresence = z.infer<typeof ZSetPresence>;

/** `Last-Event-ID` (or `?lastEventId=`): the id of the last event the client received. */
export const ZLastEventId = z.string().regex(/^\d{1,19}$/, "Must be the id of an event (digits).");
