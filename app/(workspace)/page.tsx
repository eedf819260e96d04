import type { Metadata } from "next";
import { ArticleList } from "@/components/articles/ArticleList";
import { requirePageActor } from "@/lib/auth/session";
import { listArticles } from "@/lib/data/articles/list-articles";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const actor = await requirePageActor("/");
  const articles = await listArticles({ actor });
  return (
    <>
      <h1 className="page-title">Articles</h1>
      <ArticleList articles={articles} />
    </>
  );
}
