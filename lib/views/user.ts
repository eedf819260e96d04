import { z } from "zod";
import { ZRole } from "@/lib/validation/roles";
import { ZTimestamp } from "./person";

/** A row of the admins' users list. */
export const ZUserSummaryView = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  createdAt: ZTimestamp,
  isDisabled: z.boolean(),
});
export type UserSummaryView = z.infer<typeof ZUserSummaryView>;

/** The signed-in user on whose behalf a request acts (GET /api/me). */
export const ZActorView = z.object({ id: z.uuid(), email: z.string(), name: z.string(), role: ZRole });
export type ActorView = z.infer<typeof ZActorView>;
