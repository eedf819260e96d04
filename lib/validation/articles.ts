import { z } from "zod";
import { ZStorableDate } from "./storable-date";
import { ZArticleDoc } from "./article-doc";
import { ZHttpUrl } from "./articles-url";
import { ZLanguageTag } from "./language-tag";

export { ZHttpUrl };

const ZOptionalText = (max: number) => z.string().trim().max(max).optional();

export const ZArticleMeta = z.strictObject({
  title: z.string().trim().min(1, "Enter a title.").max(300),
  standfirst: ZOptionalText(1000),
  sourceUrl: ZHttpUrl.optional(),
  publisher: ZOptionalText(200),
  byline: ZOptionalText(200),
  /** BCP 47 (`en`, `ar`, `pt-BR`): the exports label text with it, and tell its direction. */
  language: ZLanguageTag.optional(),
  publishedAt: ZStorableDate.optional(),
});

/** A new article: its metadata and its document (already converted from text, Markdown or HTML). */
export const ZNewArticle = ZArticleMeta.extend({ doc: ZArticleDoc });
export type NewArticle = z.infer<typeof ZNewArticle>;

const BODY_LIMIT = 1_000_000;
const ZBody = {
  text: z.string().max(BODY_LIMIT, "At most 1,000,000 characters.").optional(),
  markdown: z.string().max(BODY_LIMIT, "At most 1,000,000 characters.").optional(),
  html: z.string().max(BODY_LIMIT, "At most 1,000,000 characters.").optional(),
};

function hasOneBody(input: { text?: string; markdown?: string; html?: string }): boolean {
  return [input.text, input.markdown, input.html].filter((body) => body !== undefined).length === 1;
}

/** POST /api/articles: metadata and exactly one of text, markdown or html. */
export const ZImportArticle = ZArticleMeta.extend(ZBody).refine(hasOneBody, {
  path: ["text"],
  message: "Give the body as exactly one of text, markdown or html.",
});
export type ImportArticle = z.infer<typeof ZImportArticle>;

/** An article's source URL and language as an editor sets them in its header; null clears either. */
export const ZArticleSource = z.strictObject({ sourceUrl: ZHttpUrl.nullable(), language: ZLanguageTag.nullable() });
export type ArticleSource = z.infer<typeof ZArticleSource>;

/** PATCH /api/articles/:id: the version read, and a new title, body, source URL or language (null clears those two). */
export const ZUpdateArticle = z
  .object({
    version: z.number().int().min(1),
    title: ZArticleMeta.shape.title.optional(),
    sourceUrl: ZArticleSource.shape.sourceUrl.optional(),
    language: ZArticleSource.shape.language.optional(),
    ...ZBody,
  })
  .strict()
  .refine((input) => [input.text, input.markdown, input.html].filter((body) => body !== undefined).length <= 1, {
    path: ["text"],
    message: "Give at most one of text, markdown or html.",
  });
export type UpdateArticle = z.infer<typeof ZUpdateArticle>;

/** The articles list's query string: `q` filters by title (case-insensitive, anywhere in it). */
export const ZArticleListQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200, "At most 200 characters.")
    .transform((value) => value || undefined)
    .optional(),
});
export type ArticleListQuery = z.infer<typeof ZArticleListQuery>;
