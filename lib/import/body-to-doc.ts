/** An article body given as plain text, Markdown or HTML, as a document in the editor's schema. */
import { marked } from "marked";
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

/** Markdown goes through HTML, so raw HTML inside it is sanitised the same way. */
export function markdownToDoc(markdown: string): ArticleDoc {
  return htmlToDoc(marked.parse(markdown, { async: false, gfm: true }));
}

/** Which field carried the body, so an error about the converted document can name it. */
export function bodyField(body: { text?: string; markdown?: string; html?: string }): "text" | "markdown" | "html" {
  return body.markdown !== undefined ? "markdown" : body.html !== undefined ? "html" : "text";
}

export function bodyToDoc(body: { text?: string; markdown?: string; html?: string }): ArticleDoc | undefined {
  if (body.text !== undefined) return textToDoc(body.text);
  if (body.markdown !== undefined) return markdownToDoc(body.markdown);
  if (body.html !== undefined) return htmlToDoc(body.html);
  return undefined;
}
