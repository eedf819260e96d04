import { z } from "zod";
import { ZAuditAction } from "@/lib/views/audit";

/** Postgres' bigint ceiling: a larger id is no entry's, and would be a database error. */
const MAX_BIGINT = 2n ** 63n - 1n;

/** GET /api/audit's query: a page of at most `limit` entries older than `before`, of one action if given. */
export const ZAuditQuery = z.strictObject({
  before: z
    .string()
    .regex(/^\d{1,19}$/, "An entry id, as the previous page's nextBefore gave it.")
    .refine((value) => !/^\d{1,19}$/.test(value) || BigInt(value) <= MAX_BIGINT, "An entry id, as the previous page's nextBefore gave it.")
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  action: ZAuditAction.optional(),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;
