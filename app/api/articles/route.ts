import { NextResponse } from "next/server";
import { parseNewArticle } from "@/lib/api/article-input";
import { readIdempotencyKey } from "@/lib/api/idempotency";
import { authedRoute } from "@/lib/api/route";
import { canImportArticle } from "@/lib/policies/permissions";
import { createArticle } from "@/lib/data/articles/create-article";
import { listArticles } from "@/lib/data/articles/list-articles";

export const GET = authedRoute(async ({ actor }) => NextResponse.json({ articles: await listArticles({ actor }) }));

export const POST = authedRoute(
  async ({ request, actor }) => {
    const input = await parseNewArticle(request);
    const idempotency = readIdempotencyKey(request, input);
    return NextResponse.json({ article: await createArticle({ actor, input, idempotency }) }, { status: 201 });
  },
  { allow: canImportArticle },
);
