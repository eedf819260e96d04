import { z } from "zod";
import { ZStorableDate } from "./storable-date";
import { ZClaimStatus, ZVerdict } from "./verdicts";

const ZRepeated = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).transform((value) => (Array.isArray(value) ? value : [value]));

/** Query of the export routes. Repeated `articleId` parameters arrive as an array. */
export const ZExportQuery = z
  .object({
    articleId: ZRepeated(z.uuid("articleId must be an article id.")).optional(),
    verdict: z.union([ZVerdict, z.literal("none")]).optional(),
    status: ZClaimStatus.optional(),
    author: z.uuid("author must be a user id.").optional(),
    from: ZStorableDate.optional(),
    to: ZStorableDate.optional(),
    layout: z.enum(["claims", "sources"]).default("claims"),
    bom: z.enum(["0", "1"]).default("1"),
  })
  .strict();
export type ExportQuery = z.infer<typeof ZExportQuery>;

/** `page=0` asks for the W3C collection's one page on its own (its `id` and the collection's `last`). */
export const ZJsonLdQuery = z
  .object({ format: z.enum(["w3c", "claimreview"]).default("w3c"), page: z.literal("0", "The collection has one page: 0.").optional() })
  .strict()
  .refine((query) => query.page === undefined || query.format === "w3c", { path: ["page"], message: "Only the W3C collection (format=w3c) has pages." });

/** URLSearchParams to a plain object, repeated keys becoming arrays. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  // Prototype-less: `?__proto__=a` is a parameter like any other (refused as unknown), not the object's prototype.
  const result = Object.create(null) as Record<string, string | string[]>;
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length > 1 ? values : values[0]!;
  }
  return result;
}
