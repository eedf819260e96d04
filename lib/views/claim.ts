import { z } from "zod";
import { ZClaimStatus, ZVerdict } from "@/lib/validation/verdicts";
import { ZPersonView, ZTimestamp } from "./person";
import { ZSourceView } from "./source";

/** Where a claim sits in the article's plain text (W3C TextQuoteSelector + TextPositionSelector). */
export const ZSelectorView = z.object({
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

/** A claim as the API, the pages and live events show it. */
export const ZClaimView = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  selector: ZSelectorView,
  /** The article version the selector was last anchored on. */
  anchoredVersion: z.number().int(),
  /** True when re-anchoring lost the claim's text: listed apart, re-attachable. */
  orphan: z.boolean(),
  claimant: z.string().nullable(),
  summary: z.string().nullable(),
  status: ZClaimStatus,
  verdict: ZVerdict.nullable(),
  rationale: z.string().nullable(),
  /** Who set the final verdict last, and when; null until somebody rules. */
  ruling: z.object({ by: ZPersonView, at: ZTimestamp }).nullable(),
  /** The article's words under the claim changed after it was judged: its verdict wants a new look. */
  recheck: z.object({ since: ZTimestamp, previousExact: z.string() }).nullable(),
  tags: z.array(z.string()),
  assignee: ZPersonView.nullable(),
  createdBy: ZPersonView,
  sources: z.array(ZSourceView),
  /** Sent back with every change: a stale one gets 409. */
  version: z.number().int(),
  deletedAt: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});
export type ClaimView = z.infer<typeof ZClaimView>;

/** The answers that carry claims: `{ claim }` and `{ claims }`. */
export const ZClaimAnswer = z.object({ claim: ZClaimView });
export const ZClaimListAnswer = z.object({ claims: z.array(ZClaimView) });
