import "server-only";

import type { ArticleDoc } from "@/lib/document/article-document";
import type { Tx } from "../transaction";

/**
 * Stores an article's document as one JSON string. Given the object, Prisma walks every node of it
 * on the server's main thread (half a second for a 1 MB article, long enough to hold every other
 * request); a string parameter cast to jsonb costs one `JSON.stringify`.
 */
export async function writeArticleDoc(tx: Tx, articleId: string, doc: ArticleDoc): Promise<void> {
  await tx.$executeRaw`UPDATE "Article" SET "doc" = ${JSON.stringify(doc)}::jsonb WHERE "id" = ${articleId}::uuid`;
}
