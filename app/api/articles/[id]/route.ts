import { NextResponse } from "next/server";
import { z } from "zod";
import { parseArticleEdit } from "@/lib/api/article-input";
import { parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canEditArticle } from "@/lib/policies/permissions";
import { getArticle } from "@/lib/data/articles/get-article";
import { updateArticle } from "@/lib/data/articles/update-article";

/** An id or a slug: slugs are lowercase words and digits joined by hyphens, so anything else (a NUL, say) is no article. */
const ZParams = z.object({ id: z.union([z.uuid(), z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200)]) });

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => {
  const { id } = parseParams(ZParams, params);
  return NextResponse.json({ article: await getArticle({ actor, idOrSlug: id }) });
});

export const PATCH = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const edit = await parseArticleEdit(request);
    return NextResponse.json(await updateArticle({ actor, articleId: id, ...edit }));
  },
  { allow: canEditArticle },
);
