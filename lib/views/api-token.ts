import { z } from "zod";
import { ZTimestamp } from "./person";

/** An API token as its owner sees it: never the secret or its hash. */
export const ZApiTokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: ZTimestamp,
  lastUsedAt: ZTimestamp.nullable(),
  revokedAt: ZTimestamp.nullable(),
});
export type ApiTokenView = z.infer<typeof ZApiTokenView>;

/** Returned once, when the token is made: the only time the secret leaves the server. */
export const ZCreatedApiTokenView = z.object({ id: z.uuid(), name: z.string(), token: z.string() });
export type CreatedApiTokenView = z.infer<typeof ZCreatedApiTokenView>;
