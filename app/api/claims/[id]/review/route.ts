import { NextResponse } from "next/server";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { recordReview } from "@/lib/data/reviews/record-review";
import { withdrawReview } from "@/lib/data/reviews/withdraw-review";
import { canRecordReview } from "@/lib/policies/permissions";
import { ZRecordReview } from "@/lib/validation/reviews";

/** The signed-in reviewer's own review of the claim: recorded or changed (an upsert). */
export const PUT = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const input = await parseJsonBody(request, ZRecordReview);
    return NextResponse.json({ review: await recordReview({ actor, claimId: id, input }) });
  },
  { allow: canRecordReview },
);

export const DELETE = authedRoute<{ id: string }>(
  async ({ actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    return NextResponse.json({ review: await withdrawReview({ actor, claimId: id }) });
  },
  { allow: canRecordReview },
);
