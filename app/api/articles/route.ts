import { NextResponse } from "next/server";
import { parseConverted, parseJsonBody } from "@/lib/api/parse";
import { authedRoute } from "@/lib/api/route";
import { canImportArticle } from "@/lib/policies/permissions";
import { createArticle } from "@/lib/data/articles/create-article";
import { listArticles } from "@/lib/data/articles/list-articles";
import { bodyField, bodyToDoc } from "@/lib/import/body-to-doc";
import { ZImportArticle, ZNewArticle } from "@/lib/validation/articles";

export const GET = authedRoute(async ({ actor }) => NextResponse.json({ articles: await listArticles({ actor }) }));

export const POST = authedRoute(
  async ({ request, actor }) => {
    const { text, markdown, html, ...meta } = await parseJsonBody(request, ZImportArticle);
    const body = { text, markdown, html };
    const input = parseConverted(ZNewArticle, { ...meta, doc: bodyToDoc(body) }, bodyField(body));
    return NextResponse.json({ article: await createArticle({ actor, input }) }, { status: 201 });
  },
  { allow: canImportArticle },
);
