/**
 * The article document: TipTap/ProseMirror JSON. Its plain text (blocks joined by a blank line)
 * is what claim offsets refer to.
 */
export type TextNode = { type: "text"; text: string; marks?: { type: string; attrs?: Record<string, unknown> }[] };
export type BlockNode = { type: "paragraph" | "heading" | "blockquote"; attrs?: Record<string, unknown>; content?: (TextNode | BlockNode)[] };
export type ArticleDoc = { type: "doc"; content: BlockNode[] };

export const BLOCK_SEPARATOR = "\n\n";

export function docFromParagraphs(paragraphs: string[]): ArticleDoc {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", ...(text ? { content: [{ type: "text", text }] } : {}) })),
  };
}

function blockText(block: TextNode | BlockNode): string {
  if (block.type === "text") return block.text;
  return (block.content ?? []).map(blockText).join("");
}

/** The plain text of a document: each top-level block's text, separated by a blank line. */
export function plainTextFromDoc(doc: ArticleDoc): string {
  return doc.content.map(blockText).join(BLOCK_SEPARATOR);
}
