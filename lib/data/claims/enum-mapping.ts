/** Prisma names enum members as identifiers (`mostly_true`); the API and the database use `mostly-true`. */
import "server-only";
import type { ClaimStatus as DbStatus, Verdict as DbVerdict } from "@/lib/db/generated/enums";
import type { ClaimStatus, Verdict } from "@/lib/validation/verdicts";

const VERDICT_TO_DB: Record<Verdict, DbVerdict> = {
  true: "true_",
  "mostly-true": "mostly_true",
  "half-true": "half_true",
  "mostly-false": "mostly_false",
  false: "false_",
  misleading: "misleading",
  unproven: "unproven",
};
const VERDICT_FROM_DB = Object.fromEntries(Object.entries(VERDICT_TO_DB).map(([api, db]) => [db, api])) as Record<DbVerdict, Verdict>;

const STATUS_TO_DB: Record<ClaimStatus, DbStatus> = { open: "open", "in-review": "in_review", resolved: "resolved" };
const STATUS_FROM_DB = Object.fromEntries(Object.entries(STATUS_TO_DB).map(([api, db]) => [db, api])) as Record<DbStatus, ClaimStatus>;

export const verdictToDb = (verdict: Verdict): DbVerdict => VERDICT_TO_DB[verdict];
export const verdictFromDb = (verdict: DbVerdict): Verdict => VERDICT_FROM_DB[verdict];
export const statusToDb = (status: ClaimStatus): DbStatus => STATUS_TO_DB[status];
export const statusFromDb = (status: DbStatus): ClaimStatus => STATUS_FROM_DB[status];
