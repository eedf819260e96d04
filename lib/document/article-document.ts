/**
 * The article document: TipTap/ProseMirror JSON. Its plain text (blocks joined by a blank line)
 * is what claim offsets refer to.
 */
import type { z } from "zod";
import type { ZArticleDoc } from "@/lib/validation/article-doc";

export type ArticleDoc = z.infer<typeof ZArticleDoc>;
export type BlockNode = ArticleDoc["content"][number];
export type TextNode = NonNullable<BlockNode["content"]>[number];
export type Mark = NonNullable<TextNode["marks"]>[number];

export const BLOCK_SEPARATOR = "\n\n";

export function docFromParagraphs(paragraphs: string[]): ArticleDoc {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", ...(text ? { content: [{ type: "text", text }] } : {}) })),
  };
}

export function blockText(block: BlockNode): string {
  return (block.content ?? []).map((node) => node.text).join("");
}

/** The plain text of a document: each top-level block's text, separated by a blank line. */
export function plainTextFromDoc(doc: ArticleDoc): string {
  return doc.content.map(blockText).join(BLOCK_SEPARATOR);
}
