import { z } from "zod";

const ZOptionalText = (max: number) => z.string().trim().max(max).optional();

export const ZHttpUrl = z
  .url({ protocol: /^https?$/, message: "Use an http or https URL." })
  .max(2048, "URL is too long.");

/** Metadata and body of a new article; the body is already a list of paragraphs here. */
export const ZNewArticle = z.object({
  title: z.string().trim().min(1, "Enter a title.").max(300),
  standfirst: ZOptionalText(1000),
  sourceUrl: ZHttpUrl.optional(),
  publisher: ZOptionalText(200),
  byline: ZOptionalText(200),
  language: ZOptionalText(16),
  publishedAt: z.coerce.date().optional(),
  paragraphs: z.array(z.string().max(100_000)).min(1, "The article has no text.").max(5_000),
});
export type NewArticle = z.infer<typeof ZNewArticle>;
