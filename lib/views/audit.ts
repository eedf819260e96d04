import { z } from "zod";
import { ZPersonView, ZTimestamp } from "./person";

export const AUDIT_ACTIONS = ["sign_in", "sign_in_failed", "sign_out", "role_changed", "token_created", "token_revoked", "sessions_ended"] as const;
export const ZAuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof ZAuditAction>;

/** One audit-log entry: what happened, who did it, to whom, from where. Ids are decimal strings (a bigint sequence). */
export const ZAuditEntryView = z.object({
  id: z.string().regex(/^\d+$/),
  at: ZTimestamp,
  action: ZAuditAction,
  actor: ZPersonView.nullable(),
  subject: ZPersonView.nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  details: z.object({
    from: z.string().optional(),
    to: z.string().optional(),
    name: z.string().optional(),
    ended: z.number().int().optional(),
  }),
});
export type AuditEntryView = z.infer<typeof ZAuditEntryView>;

/** GET /api/audit: newest first; `nextBefore` asks for the page after this one (null on the last). */
export const ZAuditAnswer = z.object({ entries: z.array(ZAuditEntryView), nextBefore: z.string().nullable() });
export type AuditAnswer = z.infer<typeof ZAuditAnswer>;
