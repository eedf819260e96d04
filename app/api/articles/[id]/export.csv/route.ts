import { parseParams, parseWith } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canExport } from "@/lib/policies/permissions";
import { getArticle } from "@/lib/data/articles/get-article";
import { csvDownload } from "@/lib/export/csv-response";
import { searchParamsToObject, ZExportQuery } from "@/lib/validation/export";

export const dynamic = "force-dynamic";

export const GET = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const query = parseWith(ZExportQuery.omit({ articleId: true }), searchParamsToObject(new URL(request.url).searchParams));
    const article = await getArticle({ actor, idOrSlug: id });
    return csvDownload({ actor, query: { ...query, articleId: [article.id] }, filenameStem: article.slug });
  },
  { allow: canExport },
);
