import { z } from "zod";
import { ZArticleDoc } from "@/lib/validation/article-doc";
import { ZReviewPolicy } from "@/lib/validation/reviews";
import { CLAIM_STATUSES, VERDICTS } from "@/lib/validation/verdicts";
import { ZTimestamp } from "./person";

/** An article with its document and the plain text that claim offsets count in. */
export const ZArticleView = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  standfirst: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  publisher: z.string().nullable(),
  byline: z.string().nullable(),
  language: z.string().nullable(),
  publishedAt: ZTimestamp.nullable(),
  doc: ZArticleDoc,
  text: z.string(),
  version: z.number().int(),
  /** `open`: reviews visible to all; `blind`: hidden from a reviewer until they record their own. */
  reviewPolicy: ZReviewPolicy,
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  lastActivityAt: ZTimestamp,
});
export type ArticleView = z.infer<typeof ZArticleView>;

const ZCount = z.number().int().min(0);

/** An article's live claims counted by status, and by final verdict (`none`: not ruled yet). */
/** `{ key: count }` for every key: an object with each property named, so OpenAPI and clients see them. */
const countsOf = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((key) => [key, ZCount])) as Record<K, typeof ZCount>);

export const ZArticleProgressView = z.object({
  byStatus: countsOf(CLAIM_STATUSES),
  byVerdict: countsOf([...VERDICTS, "none"] as const),
});
export type ArticleProgressView = z.infer<typeof ZArticleProgressView>;

/** A row of the articles list. */
export const ZArticleSummaryView = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  byline: z.string().nullable(),
  claimCount: z.number().int(),
  progress: ZArticleProgressView,
  lastActivityAt: ZTimestamp,
});
export type ArticleSummaryView = z.infer<typeof ZArticleSummaryView>;

/** What an article edit did to its claims. */
export const ZReanchorSummaryView = z.object({
  unchanged: z.number().int(),
  moved: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
});
export type ReanchorSummaryView = z.infer<typeof ZReanchorSummaryView>;

/** `{ article }`, and an edit's `{ article, reanchored }`. */
export const ZArticleAnswer = z.object({ article: ZArticleView });
export const ZArticleEditAnswer = z.object({ article: ZArticleView, reanchored: ZReanchorSummaryView });
