"use client";

import type { ReactNode } from "react";
import type { Actor } from "@/lib/policies/actor";
import type { ReviewPolicy } from "@/lib/validation/reviews";
import type { ArticleView } from "@/lib/views/article";
import type { PresenceUser } from "@/lib/views/presence";
import { ReviewPolicyControl } from "@/components/reviews/ReviewPolicyControl";
import type { ConnectionState } from "@/lib/realtime/use-article-stream";
import { LiveStatus } from "./LiveStatus";

type Props = {
  article: Omit<ArticleView, "text">;
  actor: Actor;
  connection: ConnectionState;
  others: PresenceUser[];
  onPolicyChange: (policy: ReviewPolicy) => void;
  /** The editors' edit bar. */
  children?: ReactNode;
};

/** The article's title, where it is from, who is here, how it is reviewed, and (for editors) editing. */
export function ArticleHeader({ article, actor, connection, others, onPolicyChange, children }: Props) {
  return (
    <header className="article-head">
      <h1 id="article-title">{article.title}</h1>
      {article.standfirst ? <p className="article-standfirst">{article.standfirst}</p> : null}
      <p className="article-meta">
        {[article.byline, article.publisher].filter(Boolean).join(" · ") || "Unknown source"}
        {article.sourceUrl ? (
          <>
            {" · "}
            <a href={article.sourceUrl} rel="noopener noreferrer" target="_blank">
              Original
            </a>
          </>
        ) : null}
        <span className="muted"> · version {article.version}</span>
      </p>
      <LiveStatus state={connection} others={others} />
      <ReviewPolicyControl articleId={article.id} policy={article.reviewPolicy} actor={actor} onChange={onPolicyChange} />
      {children}
    </header>
  );
}
