import { NextResponse } from "next/server";
import { z } from "zod";
import { parseConverted, parseJsonBody, parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canEditArticle } from "@/lib/policies/permissions";
import { getArticle } from "@/lib/data/articles/get-article";
import { updateArticle } from "@/lib/data/articles/update-article";
import { bodyField, bodyToDoc } from "@/lib/import/body-to-doc";
import { ZArticleDoc } from "@/lib/validation/article-doc";
import { ZUpdateArticle } from "@/lib/validation/articles";

const ZParams = z.object({ id: z.string().min(1).max(200) });

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => {
  const { id } = parseParams(ZParams, params);
  return NextResponse.json({ article: await getArticle({ actor, idOrSlug: id }) });
});

export const PATCH = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const { version, title, text, markdown, html } = await parseJsonBody(request, ZUpdateArticle);
    const body = { text, markdown, html };
    const converted = bodyToDoc(body);
    const doc = converted ? parseConverted(z.object({ doc: ZArticleDoc }), { doc: converted }, bodyField(body)).doc : undefined;
    return NextResponse.json(await updateArticle({ actor, articleId: id, version, title, doc }));
  },
  { allow: canEditArticle },
);
