import { NextResponse } from "next/server";
import { parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { getArticleAgreement } from "@/lib/data/agreement/get-agreement";
import { canReadArticles } from "@/lib/policies/permissions";

export const GET = authedRoute<{ id: string }>(
  async ({ actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    return NextResponse.json(await getArticleAgreement({ actor, articleId: id }));
  },
  { allow: canReadArticles },
);
