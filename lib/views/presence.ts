import { z } from "zod";
import { ZRole } from "@/lib/validation/roles";

/** Somebody who has the article open, and the claim they are on (null: the article itself). */
export const ZPresenceUser = z.object({ id: z.uuid(), name: z.string(), role: ZRole, claimId: z.uuid().nullable() });
export type PresenceUser = z.infer<typeof ZPresenceUser>;

/** GET/PUT/DELETE /api/articles/:id/presence, and the data of a `presence` message on the stream. */
export const ZPresenceView = z.object({ users: z.array(ZPresenceUser) });
export type PresenceView = z.infer<typeof ZPresenceView>;
