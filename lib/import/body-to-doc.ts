/** An article body given as plain text, Markdown or HTML, as a document in the editor's schema. */
import MarkdownIt from "markdown-it";
import { docFromParagraphs, type ArticleDoc } from "@/lib/document/article-document";
import { htmlToDoc } from "./html-to-doc";

/** Paragraphs are separated by blank lines; single line breaks inside a paragraph become spaces. */
export function textToDoc(text: string): ArticleDoc {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
  return docFromParagraphs(paragraphs);
}

/**
 * markdown-it, not marked: on 160,000 characters of nested list markers or emphasis delimiters
 * marked took 11 and 17 s and then overflowed the stack; markdown-it stays near-linear and stops
 * nesting at `maxNesting` (deeper markers are kept as text).
 */
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false, maxNesting: 32 });

/** Markdown goes through HTML, so raw HTML inside it is sanitised the same way. */
export function markdownToDoc(source: string): ArticleDoc {
  return htmlToDoc(markdown.render(source));
}

export type ImportBody = { text?: string; markdown?: string; html?: string };

/** Which field carried the body, so an error about the converted document can name it. */
export function bodyField(body: ImportBody): "text" | "markdown" | "html" {
  return body.markdown !== undefined ? "markdown" : body.html !== undefined ? "html" : "text";
}

export function bodyToDoc(body: ImportBody): ArticleDoc | undefined {
  if (body.text !== undefined) return textToDoc(body.text);
  if (body.markdown !== undefined) return markdownToDoc(body.markdown);
  if (body.html !== undefined) return htmlToDoc(body.html);
  return undefined;
}
