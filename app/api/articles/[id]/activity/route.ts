import { NextResponse } from "next/server";
import { parseParams, parseWith } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { listArticleActivity } from "@/lib/data/events/list-activity";
import { canReadArticles } from "@/lib/policies/permissions";
import { ZActivityQuery } from "@/lib/validation/live";

export const GET = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const { before, limit } = parseWith(ZActivityQuery, Object.fromEntries(new URL(request.url).searchParams));
    return NextResponse.json(await listArticleActivity({ actor, articleId: id, before: before ? BigInt(before) : undefined, limit }));
  },
  { allow: canReadArticles },
);
