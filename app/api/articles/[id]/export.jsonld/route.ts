import { NextResponse } from "next/server";
import { parseParams, parseWith } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canExport } from "@/lib/policies/permissions";
import { getArticle } from "@/lib/data/articles/get-article";
import { readExportClaims } from "@/lib/data/export/read-export-claims";
import { readEnv } from "@/lib/env";
import { claimReviews } from "@/lib/export/claim-review";
import { publicationOf } from "@/lib/export/publication";
import { webAnnotationCollection, webAnnotationPage } from "@/lib/export/web-annotation";
import { searchParamsToObject, ZJsonLdQuery } from "@/lib/validation/export";

export const dynamic = "force-dynamic";

export const GET = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const url = new URL(request.url);
    const { format, page } = parseWith(ZJsonLdQuery, searchParamsToObject(url.searchParams));
    const article = await getArticle({ actor, idOrSlug: id });
    const rows = [];
    for await (const batch of readExportClaims({ actor, query: { articleId: [article.id] }, withComments: format !== "claimreview" })) rows.push(...batch);
    const publication = publicationOf(readEnv(), url.origin);
    const context = { baseUrl: publication.baseUrl, article };
    const body =
      format === "claimreview"
        ? claimReviews({ publication, article }, rows)
        : page === undefined
          ? webAnnotationCollection(context, rows)
          : webAnnotationPage(context, rows);
    return NextResponse.json(body, { headers: { "Content-Type": "application/ld+json; charset=utf-8" } });
  },
  { allow: canExport },
);
