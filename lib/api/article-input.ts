/**
 * Article bodies arrive as plain text, Markdown or HTML; the data layer takes a document. These
 * read the request, convert its body, and check the document, naming the field the body came in.
 */
import { z } from "zod";
import { bodyField, bodyToDoc } from "@/lib/import/body-to-doc";
import { ZArticleDoc } from "@/lib/validation/article-doc";
import { ZImportArticle, ZNewArticle, ZUpdateArticle, type NewArticle } from "@/lib/validation/articles";
import type { ArticleDoc } from "@/lib/document/article-document";
import { parseConverted, parseJsonBody } from "./parse";

/** POST /api/articles: the new article with its body as a document. */
export async function parseNewArticle(request: Request): Promise<NewArticle> {
  const { text, markdown, html, ...meta } = await parseJsonBody(request, ZImportArticle);
  const body = { text, markdown, html };
  return parseConverted(ZNewArticle, { ...meta, doc: bodyToDoc(body) }, bodyField(body));
}

const ZDocOnly = z.object({ doc: ZArticleDoc });

/** PATCH /api/articles/:id: the version read, and the new title and/or document. */
export async function parseArticleEdit(request: Request): Promise<{ version: number; title?: string; doc?: ArticleDoc }> {
  const { version, title, text, markdown, html } = await parseJsonBody(request, ZUpdateArticle);
  const body = { text, markdown, html };
  const converted = bodyToDoc(body);
  const doc = converted ? parseConverted(ZDocOnly, { doc: converted }, bodyField(body)).doc : undefined;
  return { version, title, doc };
}
