import type { ArticleView } from "@/lib/data/articles/present-article";
import { plainTextFromDoc, type BlockNode } from "@/lib/editor/document";

function blockText(block: BlockNode): string {
  return plainTextFromDoc({ type: "doc", content: [block] });
}

/** The article, read-only: title, standfirst, byline and paragraphs in a calm reading column. */
export function ArticleReader({ article }: { article: ArticleView }) {
  return (
    <article className="article-reader" data-testid="article-reader">
      <h1>{article.title}</h1>
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
      </p>
      <div className="article-body">
        {article.doc.content.map((block, index) => (
          <p key={index}>{blockText(block)}</p>
        ))}
      </div>
    </article>
  );
}
