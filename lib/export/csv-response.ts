import type { Actor } from "@/lib/policies/actor";
import { readExportClaims } from "@/lib/data/export/read-export-claims";
import type { ExportQuery } from "@/lib/validation/export";
import { claimsCsvStream } from "./csv-stream";

/** The download: streamed CSV with the headers spreadsheets and browsers expect. */
export function csvDownload({ actor, query, filenameStem }: { actor: Actor; query: ExportQuery; filenameStem: string }): Response {
  const filename = `${filenameStem}-${new Date().toISOString().slice(0, 10)}.csv`;
  const body = claimsCsvStream(readExportClaims({ actor, query }), { layout: query.layout, bom: query.bom === "1" });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
