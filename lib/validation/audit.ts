import { z } from "zod";
import { ZAuditAction } from "@/lib/views/audit";

/** GET /api/audit's query: a page of at most `limit` entries older than `before`, of one action if given. */
export const ZAuditQuery = z.strictObject({
  before: z.string().regex(/^\d{1,19}$/, "An entry id, as the previous page's nextBefore gave it.").optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  action: ZAuditAction.optional(),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;
