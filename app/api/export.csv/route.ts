import { parseWith } from "@/lib/api/parse";
import { authedRoute } from "@/lib/api/route";
import { canExport } from "@/lib/policies/permissions";
import { csvDownload } from "@/lib/export/csv-response";
import { searchParamsToObject, ZExportQuery } from "@/lib/validation/export";

export const dynamic = "force-dynamic";

export const GET = authedRoute(
  async ({ request, actor }) => {
    const query = parseWith(ZExportQuery, searchParamsToObject(new URL(request.url).searchParams));
    return csvDownload({ actor, query, filenameStem: "claims" });
  },
  { allow: canExport },
);
