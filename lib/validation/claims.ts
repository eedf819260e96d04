import { z } from "zod";
import { ZHttpUrl } from "./articles-url";
import { ZClaimStatus, ZStance, ZVerdict } from "./verdicts";

const MAX_QUOTE = 10_000;

const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((value) => value || null)
    .nullable()
    .optional();

export const ZClaimSelectorInput = z
  .strictObject({
    exact: z.string().min(1, "Select some text.").max(MAX_QUOTE, `A quote has at most ${MAX_QUOTE} characters.`),
    prefix: z.string().max(1_000).optional(),
    suffix: z.string().max(1_000).optional(),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((selector) => selector.start < selector.end, { path: ["end"], message: "end must be greater than start." });
export type ClaimSelectorInput = z.infer<typeof ZClaimSelectorInput>;

export const ZTags = z.array(z.string().trim().min(1).max(40, "A tag has at most 40 characters.")).max(20, "At most 20 tags.");

export const ZCreateClaim = z
  .object({
    selector: ZClaimSelectorInput,
    claimant: ZOptionalText(200),
    summary: ZOptionalText(500),
    tags: ZTags.optional(),
  })
  .strict();
export type CreateClaim = z.infer<typeof ZCreateClaim>;

export const ZUpdateClaim = z
  .object({
    version: z.number().int().min(1),
    claimant: ZOptionalText(200),
    summary: ZOptionalText(500),
    status: ZClaimStatus.optional(),
    verdict: ZVerdict.nullable().optional(),
    rationale: ZOptionalText(20_000),
    tags: ZTags.optional(),
    assigneeId: z.uuid().nullable().optional(),
    /** Re-attaches the claim (an orphan, say) to new text. */
    selector: ZClaimSelectorInput.optional(),
  })
  .strict();
export type UpdateClaim = z.infer<typeof ZUpdateClaim>;

export const ZCreateSource = z
  .object({
    url: ZHttpUrl,
    title: ZOptionalText(300),
    publisher: ZOptionalText(200),
    excerpt: ZOptionalText(5_000),
    stance: ZStance,
  })
  .strict();
export type CreateSource = z.infer<typeof ZCreateSource>;

/** PATCH /api/sources/:id: any of the fields, and the version read (checked when given: a stale one gets 409). */
export const ZUpdateSource = ZCreateSource.partial()
  .extend({ version: z.number().int().min(1).optional() })
  .strict();
export type UpdateSource = z.infer<typeof ZUpdateSource>;

/** `POST /api/articles/:id/assignments`: several claims to one assignee (null unassigns them). */
export const ZAssignClaims = z
  .object({
    claimIds: z.array(z.uuid("Each claim id must be a UUID.")).min(1, "Choose at least one claim.").max(500, "At most 500 claims at once."),
    assigneeId: z.uuid().nullable(),
  })
  .strict();
export type AssignClaims = z.infer<typeof ZAssignClaims>;
