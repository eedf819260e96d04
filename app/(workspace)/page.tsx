import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/articles/ArticleList";
import { canImportArticle } from "@/lib/policies/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listArticles } from "@/lib/data/articles/list-articles";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const actor = await requirePageActor("/");
  const articles = await listArticles({ actor });
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Articles</h1>
        <div className="page-actions">
          {articles.length ? (
            <a className="button" href="/api/export.csv" download data-testid="export-all-csv">
              Export all claims (CSV)
            </a>
          ) : null}
          {canImportArticle(actor) ? (
            <Link href="/articles/new" className="button button-primary">
              Import article
            </Link>
          ) : null}
        </div>
      </div>
      <ArticleList articles={articles} />
    </>
  );
}
