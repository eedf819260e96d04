import { NextResponse } from "next/server";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { setReviewPolicy } from "@/lib/data/articles/set-review-policy";
import { canSetReviewPolicy } from "@/lib/policies/permissions";
import { ZSetReviewPolicy } from "@/lib/validation/reviews";

export const PUT = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const { policy } = await parseJsonBody(request, ZSetReviewPolicy);
    return NextResponse.json({ article: await setReviewPolicy({ actor, articleId: id, policy }) });
  },
  { allow: canSetReviewPolicy },
);
