import { NextResponse } from "next/server";
import { parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { listReviews } from "@/lib/data/reviews/list-reviews";
import { canReadArticles } from "@/lib/policies/permissions";

/** The claim's reviews the asker may see, and how many are hidden from them (a blind policy). */
export const GET = authedRoute<{ id: string }>(
  async ({ actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    return NextResponse.json(await listReviews({ actor, claimId: id }));
  },
  { allow: canReadArticles },
);
