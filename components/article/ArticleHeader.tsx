"use client";

import { useState, type ReactNode } from "react";
import type { Actor } from "@/lib/policies/actor";
import { canEditArticle } from "@/lib/policies/permissions";
import { textDirectionOf } from "@/lib/format/text-direction";
import type { ReviewPolicy } from "@/lib/validation/reviews";
import type { ArticleView } from "@/lib/views/article";
import type { PresenceUser } from "@/lib/views/presence";
import { ReviewPolicyControl } from "@/components/reviews/ReviewPolicyControl";
import type { ConnectionState } from "@/lib/realtime/use-article-stream";
import { ArticleSourceForm } from "./ArticleSourceForm";
import { LiveStatus } from "./LiveStatus";
import styles from "./ArticleHeader.module.css";

type Props = {
  article: Omit<ArticleView, "text">;
  actor: Actor;
  connection: ConnectionState;
  others: PresenceUser[];
  onPolicyChange: (policy: ReviewPolicy) => void;
  /** An editor saved the article's source URL and language here. */
  onArticleChange?: (article: ArticleView) => void;
  /** The editors' edit bar. */
  children?: ReactNode;
};

type Source = Pick<ArticleView, "sourceUrl" | "language">;
/** What was saved here, and what the page had given when it was. */
type SavedSource = { given: Source; saved: Source };

/** What was saved here, until the page is given other values (a newer article, or another editor's change). */
function shownSource(article: Source, saved: SavedSource | null): Source {
  const isGivenUnchanged = saved && saved.given.sourceUrl === article.sourceUrl && saved.given.language === article.language;
  return isGivenUnchanged ? saved.saved : article;
}

/** The article's title, where it is from, who is here, how it is reviewed, and (for editors) editing. */
export function ArticleHeader({ article, actor, connection, others, onPolicyChange, onArticleChange, children }: Props) {
  const [saved, setSaved] = useState<SavedSource | null>(null);
  const { sourceUrl, language } = shownSource(article, saved);
  const direction = language ? textDirectionOf(language) : null;
  // The title and standfirst are the article's own words: in its language, and its direction.
  const own = direction ? { lang: language!, dir: direction } : {};
  const handleSaved = (next: ArticleView) => {
    setSaved({ given: { sourceUrl: article.sourceUrl, language: article.language }, saved: { sourceUrl: next.sourceUrl, language: next.language } });
    onArticleChange?.(next);
  };
  return (
    <header className={`article-head ${styles.head}`}>
      <h1 id="article-title" {...own}>
        {article.title}
      </h1>
      {article.standfirst ? (
        <p className={`article-standfirst ${styles.standfirst}`} {...own}>
          {article.standfirst}
        </p>
      ) : null}
      <p className={`article-meta ${styles.meta}`}>
        {[article.byline, article.publisher].filter(Boolean).join(" · ") || "Unknown source"}
        {sourceUrl ? (
          <>
            {" · "}
            <a href={sourceUrl} rel="noopener noreferrer" target="_blank">
              Original
            </a>
          </>
        ) : null}
        <span className="muted"> · version {article.version}</span>
      </p>
      <LiveStatus state={connection} others={others} />
      <ReviewPolicyControl articleId={article.id} policy={article.reviewPolicy} actor={actor} onChange={onPolicyChange} />
      {canEditArticle(actor) ? <ArticleSourceForm article={{ id: article.id, version: article.version, sourceUrl, language }} onSaved={handleSaved} /> : null}
      {children}
    </header>
  );
}
