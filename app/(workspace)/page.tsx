import type { Metadata } from "next";
import { ArticleList } from "@/components/articles/ArticleList";
import { ArticlesHead } from "@/components/articles/ArticlesHead";
import { ArticleTitleFilter } from "@/components/articles/ArticleTitleFilter";
import { canImportArticle } from "@/lib/policies/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listArticles } from "@/lib/data/articles/list-articles";
import { ZArticleListQuery } from "@/lib/validation/articles";

export const metadata: Metadata = { title: "Articles" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("/");
  const given = (await searchParams).q;
  const parsed = ZArticleListQuery.safeParse({ q: Array.isArray(given) ? given[0] : given });
  const titleQuery = parsed.success ? parsed.data.q : undefined;
  const articles = await listArticles({ actor, ...(titleQuery ? { titleQuery } : {}) });
  return (
    <>
      <ArticlesHead canExport={articles.length > 0} canImport={canImportArticle(actor)} />
      <ArticleTitleFilter titleQuery={titleQuery} />
      {parsed.success ? null : (
        <p className="alert alert-error" role="alert">
          The title filter is too long (at most 200 characters): showing all articles.
        </p>
      )}
      <ArticleList articles={articles} {...(titleQuery ? { titleQuery } : {})} />
    </>
  );
}
