import { z } from "zod";

/** The verdict scale, from most to least supported; the last two are not on the ordinal scale. */
export const VERDICTS = ["true", "mostly-true", "half-true", "mostly-false", "false", "misleading", "unproven"] as const;
export const ZVerdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof ZVerdict>;

export const VERDICT_LABELS: Record<Verdict, string> = {
  true: "True",
  "mostly-true": "Mostly true",
  "half-true": "Half true",
  "mostly-false": "Mostly false",
  false: "False",
  misleading: "Misleading",
  unproven: "Unproven",
};

export const CLAIM_STATUSES = ["open", "in-review", "resolved"] as const;
export const ZClaimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ZClaimStatus>;

export const STATUS_LABELS: Record<ClaimStatus, string> = { open: "Open", "in-review": "In review", resolved: "Resolved" };

export const STANCES = ["supports", "refutes", "context"] as const;
export const ZStance = z.enum(STANCES, { error: "Choose whether the source supports or refutes the claim, or gives context." });
export type Stance = z.infer<typeof ZStance>;

export const STANCE_LABELS: Record<Stance, string> = { supports: "Supports", refutes: "Refutes", context: "Context" };
