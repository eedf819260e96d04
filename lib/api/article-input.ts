/**
 * Article bodies arrive as plain text, Markdown or HTML; the data layer takes a document. These
 * read the request, convert its body, and check the document, naming the field the body came in.
 */
import { z } from "zod";
import { bodyField, bodyToDoc } from "@/lib/import/body-to-doc";
import { ImportTooComplexError } from "@/lib/import/html-to-doc";
import { ValidationError } from "@/lib/errors";
import { ZArticleDoc } from "@/lib/validation/article-doc";
import { ZImportArticle, ZNewArticle, ZUpdateArticle, type NewArticle } from "@/lib/validation/articles";
import type { ArticleDoc } from "@/lib/document/article-document";
import { parseConverted, parseJsonBody } from "./parse";

type Body = { text?: string; markdown?: string; html?: string };

/** The body as a document; a body past the import's limits is a 413 naming its field and the limit. */
function convertBody(body: Body): ArticleDoc | undefined {
  try {
    return bodyToDoc(body);
  } catch (error) {
    if (error instanceof ImportTooComplexError) throw new ValidationError("The article is too complex to import.", { [bodyField(body)]: [error.message] }, 413);
    throw error;
  }
}

/** POST /api/articles: the new article with its body as a document. */
export async function parseNewArticle(request: Request): Promise<NewArticle> {
  const { text, markdown, html, ...meta } = await parseJsonBody(request, ZImportArticle);
  const body = { text, markdown, html };
  return parseConverted(ZNewArticle, { ...meta, doc: convertBody(body) }, bodyField(body));
}

const ZDocOnly = z.object({ doc: ZArticleDoc });

/** PATCH /api/articles/:id: the version read, and the new title and/or document. */
export async function parseArticleEdit(request: Request): Promise<{ version: number; title?: string; doc?: ArticleDoc }> {
  const { version, title, text, markdown, html } = await parseJsonBody(request, ZUpdateArticle);
  const body = { text, markdown, html };
  const converted = convertBody(body);
  const doc = converted ? parseConverted(ZDocOnly, { doc: converted }, bodyField(body)).doc : undefined;
  return { version, title, doc };
}
