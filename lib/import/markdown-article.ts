/** Reads an article written as Markdown with a YAML front matter block (the seed fixture's format). */
import { parse as parseYaml } from "yaml";
import { z } from "zod";

const ZFrontMatter = z.object({
  title: z.string().min(1),
  standfirst: z.string().optional(),
  publisher: z.string().optional(),
  byline: z.string().optional(),
  language: z.string().optional(),
  sourceUrl: z.url().optional(),
  publishedAt: z.coerce.date().optional(),
});

export type MarkdownArticle = z.infer<typeof ZFrontMatter> & { paragraphs: string[] };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseMarkdownArticle(source: string): MarkdownArticle {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error("The article has no front matter block (--- ... ---).");
  const meta = ZFrontMatter.parse(parseYaml(match[1] ?? ""));
  const body = source.slice(match[0].length);
  const paragraphs = body
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.replace(/\s*\r?\n\s*/g, " ").trim())
    .filter(Boolean);
  return { ...meta, paragraphs };
}
