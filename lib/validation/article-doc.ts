import { z } from "zod";
import { ZHttpUrl } from "./articles-url";

/** The article document schema: paragraphs and headings of text with bold, italic and http(s) links. */
const ZMark = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("link"), attrs: z.object({ href: ZHttpUrl }).passthrough() }),
]);

const ZTextNode = z.object({
  type: z.literal("text"),
  text: z.string().min(1),
  marks: z.array(ZMark).optional(),
});

const ZBlock = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paragraph"), content: z.array(ZTextNode).optional() }),
  z.object({
    type: z.literal("heading"),
    attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
    content: z.array(ZTextNode).optional(),
  }),
]);

export const MAX_ARTICLE_CHARACTERS = 1_000_000;

export const ZArticleDoc = z.object({
  type: z.literal("doc"),
  content: z.array(ZBlock).min(1, "The article has no text.").max(20_000, "At most 20,000 paragraphs and headings; import it in parts."),
});
