import "server-only";

import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ReanchorOutcome } from "@/lib/anchoring/reanchor";
import type { Actor } from "@/lib/policies/actor";
import { canEditArticle } from "@/lib/policies/permissions";
import { plainTextFromDoc, type ArticleDoc } from "@/lib/document/article-document";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { ARTICLE_EDITABLE_FIELDS } from "@/lib/realtime/events";
import { fieldChanges } from "@/lib/realtime/field-changes";
import { appendEvent } from "../events/append-event";
import { lockArticleForEdit, recordArticleActivity } from "./lock-article";
import { ARTICLE_SELECT, ARTICLE_SELECT_WITHOUT_DOC, presentArticle } from "./present-article";
import { saveReanchoredClaims } from "./save-reanchored-claims";
import { writeArticleDoc } from "./write-article-doc";
import { reanchorOffThread } from "./reanchor-off-thread";
import { findRecheckCandidates, flagRechecks } from "./flag-rechecks";
import type { ArticleView, ReanchorSummaryView } from "@/lib/views/article";

function summarise(outcomes: ReanchorOutcome[]): ReanchorSummaryView {
  const summary: ReanchorSummaryView = { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const outcome of outcomes) summary[outcome.outcome]++;
  return summary;
}

/**
 * Saves an edit of an article (title, document, source URL, language; null clears the last two).
 * A text change bumps the version and re-anchors every live claim in the same transaction;
 * `version` must be the one the editor started from, else 409, so two editors never overwrite
 * each other's corrections.
 */
export async function updateArticle({
  actor,
  articleId,
  version,
  title,
  sourceUrl,
  language,
  doc,
}: {
  actor: Actor;
  articleId: string;
  version: number;
  title?: string;
  sourceUrl?: string | null;
  language?: string | null;
  doc?: ArticleDoc;
}): Promise<{ article: ArticleView; reanchored: ReanchorSummaryView }> {
  if (!canEditArticle(actor)) throw new ForbiddenError("Only editors can edit articles.");
  const result = await getDb().$transaction(
    async (tx) => {
      // Concurrent saves of one article, and claim writes on it, queue up here instead of racing.
      const current = await lockArticleForEdit(tx, articleId);
      if (!current) throw new NotFoundError("Article");
      if (current.version !== version) {
        throw new ConflictError("The article was changed by someone else since you opened it. Reload to see their changes.", {
          currentVersion: current.version,
        });
      }
      const newText = doc ? plainTextFromDoc(doc) : current.text;
      const isTextChanged = newText !== current.text;
      const nextVersion = isTextChanged ? current.version + 1 : current.version;

      let outcomes: ReanchorOutcome[] = [];
      if (isTextChanged) {
        const claims = await tx.claim.findMany({
          where: { articleId, deletedAt: null, orphan: false },
          select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true },
        });
        outcomes = await reanchorOffThread(current.text, newText, claims);
        const rechecks = await findRecheckCandidates(tx, claims, outcomes);
        await saveReanchoredClaims(tx, outcomes, nextVersion);
        await flagRechecks(tx, actor, rechecks);
      }
      const data: Prisma.ArticleUpdateInput = { version: nextVersion };
      if (title !== undefined) data.title = title;
      if (sourceUrl !== undefined) data.sourceUrl = sourceUrl;
      if (language !== undefined) data.language = language;
      if (doc) data.text = newText;
      await tx.article.update({ where: { id: articleId }, data, select: { id: true } });
      if (doc) await writeArticleDoc(tx, articleId, doc);

      const reanchored = summarise(outcomes);
      const article = presentArticle(
        doc
          ? { ...(await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: ARTICLE_SELECT_WITHOUT_DOC })), doc }
          : await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: ARTICLE_SELECT }),
      );
      await appendEvent(tx, {
        articleId,
        actorId: actor.id,
        type: "article.updated",
        payload: {
          article,
          changes: fieldChanges(current, article, ARTICLE_EDITABLE_FIELDS),
          textChanged: isTextChanged,
          reanchored,
          orphanedClaimIds: outcomes.filter((o) => o.outcome === "orphaned").map((o) => o.id),
        },
      });
      return { article, reanchored };
    },
    { timeout: 30_000 },
  );
  await recordArticleActivity(articleId);
  return result;
}
