import Link from "next/link";
import { RelativeTime } from "@/components/ui/RelativeTime";
import type { ArticleSummaryView } from "@/lib/views/article";
import { ArticleProgress } from "./ArticleProgress";
import table from "@/components/ui/data-table.module.css";

/** The articles, most recently active first; `titleQuery` is the title filter they were listed with, if any. */
export function ArticleList({ articles, titleQuery }: { articles: ArticleSummaryView[]; titleQuery?: string }) {
  if (articles.length === 0) {
    return (
      <div className="empty-state" role="status">
        {titleQuery ? (
          <p>
            No article title contains “{titleQuery}”. <Link href="/">Show all articles</Link>
          </p>
        ) : (
          <p>No articles yet. An editor can import one to start reviewing.</p>
        )}
      </div>
    );
  }
  return (
    <table className={table.table} data-testid="article-list">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Publisher</th>
          <th scope="col" className={table.numeric}>
            Claims
          </th>
          <th scope="col">Progress</th>
          <th scope="col">Last activity</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id}>
            <td>
              <Link href={`/articles/${article.id}`}>{article.title}</Link>
              {article.byline ? <div className="muted">{article.byline}</div> : null}
            </td>
            <td>{article.publisher ?? <span className="muted">—</span>}</td>
            <td className={table.numeric}>{article.claimCount}</td>
            <td>
              <ArticleProgress progress={article.progress} />
            </td>
            <td>
              <RelativeTime iso={article.lastActivityAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
