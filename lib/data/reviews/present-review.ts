import "server-only";

import type { Verdict as DbVerdict } from "@/lib/db/generated/enums";
import type { ReviewView } from "@/lib/views/review";
import { verdictFromDb } from "../claims/enum-mapping";

export const REVIEW_SELECT = {
  id: true,
  claimId: true,
  reviewer: { select: { id: true, name: true } },
  rating: true,
  rationale: true,
  madeBlind: true,
  createdAt: true,
  updatedAt: true,
} as const;

type ReviewRow = {
  id: string;
  claimId: string;
  reviewer: { id: string; name: string };
  rating: DbVerdict;
  rationale: string | null;
  madeBlind: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export function presentReview(row: ReviewRow): ReviewView {
  return {
    id: row.id,
    claimId: row.claimId,
    reviewer: row.reviewer,
    rating: verdictFromDb(row.rating),
    rationale: row.rationale,
    madeBlind: row.madeBlind,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
