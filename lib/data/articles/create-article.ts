import "server-only";

import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canImportArticle } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";
import { plainTextFromDoc } from "@/lib/document/article-document";
import type { NewArticle } from "@/lib/validation/articles";
import { isUniqueViolation } from "../unique-violation";
import { appendEvent } from "../events/append-event";
import { ARTICLE_SELECT_WITHOUT_DOC, presentArticle } from "./present-article";
import { writeArticleDoc } from "./write-article-doc";
import { slugFromTitle } from "./slug";
import { ZArticleView, type ArticleView } from "@/lib/views/article";
import { withIdempotency, type IdempotencyRequest } from "../idempotency/with-idempotency";

export async function createArticle({ actor, input, idempotency }: { actor: Actor; input: NewArticle; idempotency?: IdempotencyRequest }): Promise<ArticleView> {
  if (!canImportArticle(actor)) throw new ForbiddenError("Only editors can import articles.");
  try {
    return await insertArticle(actor, input, false, idempotency);
  } catch (error) {
    // Another import took the same slug between our check and our insert: use a suffixed one.
    if (isUniqueViolation(error)) return insertArticle(actor, input, true, idempotency);
    throw error;
  }
}

async function insertArticle(actor: Actor, input: NewArticle, forceSuffix: boolean, idempotency: IdempotencyRequest | undefined): Promise<ArticleView> {
  const { doc, ...meta } = input;
  return getDb().$transaction((tx) => withIdempotency(tx, actor, idempotency, ZArticleView, async () => {
    const base = slugFromTitle(meta.title);
    const taken = forceSuffix || (await tx.article.findUnique({ where: { slug: base }, select: { id: true } }));
    const slug = taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
    const row = await tx.article.create({
      // The document itself is written as a string just below (write-article-doc.ts says why).
      data: { ...meta, slug, doc: { type: "doc", content: [] }, text: plainTextFromDoc(doc), createdById: actor.id },
      select: ARTICLE_SELECT_WITHOUT_DOC,
    });
    await writeArticleDoc(tx, row.id, doc);
    const article = presentArticle({ ...row, doc });
    await appendEvent(tx, { articleId: row.id, actorId: actor.id, type: "article.created", payload: { article } });
    return article;
  }));
}
