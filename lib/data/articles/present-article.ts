import "server-only";

import type { ArticleDoc } from "@/lib/document/article-document";
import type { ArticleView } from "@/lib/views/article";

/** For a write that already holds the document it just stored. */
export const ARTICLE_SELECT_WITHOUT_DOC = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  sourceUrl: true,
  publisher: true,
  byline: true,
  language: true,
  publishedAt: true,
  text: true,
  version: true,
  reviewPolicy: true,
  createdAt: true,
  updatedAt: true,
  lastActivityAt: true,
} as const;

export const ARTICLE_SELECT = { ...ARTICLE_SELECT_WITHOUT_DOC, doc: true } as const;

type ArticleRow = {
  id: string;
  slug: string;
  title: string;
  standfirst: string | null;
  sourceUrl: string | null;
  publisher: string | null;
  byline: string | null;
  language: string | null;
  publishedAt: Date | null;
  doc: unknown;
  text: string;
  version: number;
  reviewPolicy: "open" | "blind";
  createdAt: Date;
  updatedAt: Date;
  lastActivityAt: Date;
};

/** The one shape of an article for the API, the pages and live events. */
export function presentArticle(row: ArticleRow): ArticleView {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    sourceUrl: row.sourceUrl,
    publisher: row.publisher,
    byline: row.byline,
    language: row.language,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    doc: row.doc as ArticleDoc,
    text: row.text,
    version: row.version,
    reviewPolicy: row.reviewPolicy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
  };
}

