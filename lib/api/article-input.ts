/**
 * Article bodies arrive as plain text, Markdown or HTML; the data layer takes a document. These
 * read the request and convert its body off the main thread (lib/import/convert-in-worker.ts),
 * naming the field the body came in when it is refused.
 */
import { bodyField, type ImportBody } from "@/lib/import/body-to-doc";
import { convertInWorker } from "@/lib/import/convert-in-worker";
import { TooManyRequestsError, ValidationError } from "@/lib/errors";
import { ZImportArticle, ZUpdateArticle, type NewArticle, type UpdateArticle } from "@/lib/validation/articles";
import type { ArticleDoc } from "@/lib/document/article-document";
import { parseJsonBody } from "./parse";

/** The body as a checked document: 413 past the import's limits, 400 when nothing is left once cleaned, 429 when the converters are all busy. */
async function convertBody(body: ImportBody): Promise<ArticleDoc | undefined> {
  if (body.text === undefined && body.markdown === undefined && body.html === undefined) return undefined;
  const outcome = await convertInWorker(body);
  if ("busy" in outcome) throw new TooManyRequestsError("Other imports are being converted; try again in a few seconds.", 5);
  if ("refused" in outcome) throw new ValidationError(outcome.refused.message, { [bodyField(body)]: [outcome.refused.reason] }, outcome.refused.status);
  return outcome.doc;
}

/** POST /api/articles: the new article with its body as a document (the rest was checked by ZImportArticle). */
export async function parseNewArticle(request: Request): Promise<NewArticle> {
  const { text, markdown, html, ...meta } = await parseJsonBody(request, ZImportArticle);
  const doc = await convertBody({ text, markdown, html });
  if (!doc) throw new ValidationError("Some fields are invalid.", { text: ["Give the body as exactly one of text, markdown or html."] });
  return { ...meta, doc };
}

export type ArticleEdit = Omit<UpdateArticle, "text" | "markdown" | "html"> & { doc?: ArticleDoc };

/** PATCH /api/articles/:id: the version read, and the new title, document, source URL or language. */
export async function parseArticleEdit(request: Request): Promise<ArticleEdit> {
  const { text, markdown, html, ...fields } = await parseJsonBody(request, ZUpdateArticle);
  return { ...fields, doc: await convertBody({ text, markdown, html }) };
}
