import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleReader } from "@/components/article/ArticleReader";
import { requirePageActor } from "@/lib/auth/session";
import { getArticle } from "@/lib/data/articles/get-article";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }> };

async function loadArticle(id: string, returnTo: string) {
  const actor = await requirePageActor(returnTo);
  try {
    return await getArticle({ actor, idOrSlug: id });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const article = await loadArticle(id, `/articles/${id}`);
  return { title: article.title };
}

export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  const article = await loadArticle(id, `/articles/${id}`);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">← All articles</Link>
      </nav>
      <ArticleReader article={article} />
    </>
  );
}
