/**
 * Turns batches of export rows into a streamed RFC 4180 CSV body: CRLF line ends, fields quoted
 * when they hold a comma, quote, CR or LF (quotes doubled), UTF-8 with an optional byte-order mark.
 * Quoting is csv-stringify's; each batch is encoded as soon as it is read.
 */
import { stringify } from "csv-stringify/sync";
import type { ExportClaimRow } from "@/lib/data/export/export-claim-row";
import { claimRecords, claimSourceRecords } from "./claim-records";
import { CLAIM_COLUMNS, SOURCE_COLUMNS } from "./csv-columns";

const CSV_OPTIONS = { record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;
const BOM = "\uFEFF";

export function csvHeader(layout: "claims" | "sources"): string[] {
  return layout === "sources" ? [...CLAIM_COLUMNS, ...SOURCE_COLUMNS] : [...CLAIM_COLUMNS];
}

export function claimsCsvStream(
  batches: AsyncIterable<ExportClaimRow[]>,
  options: { layout: "claims" | "sources"; bom: boolean },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const toRecords = options.layout === "sources" ? claimSourceRecords : claimRecords;
  const iterator = batches[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode((options.bom ? BOM : "") + stringify([csvHeader(options.layout)], CSV_OPTIONS)));
    },
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(stringify(value.flatMap(toRecords), CSV_OPTIONS)));
      } catch (error) {
        // Headers are gone already: end the body with an error so the download is visibly broken, not silently short.
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
