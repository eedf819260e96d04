import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { claimsUrl } from "@/lib/client/claims-url";
import { ArticleWorkspace } from "@/components/article/ArticleWorkspace";
import { requirePageActor } from "@/lib/auth/session";
import { getArticle } from "@/lib/data/articles/get-article";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }> };

async function loadArticle(id: string, returnTo: string) {
  const actor = await requirePageActor(returnTo);
  try {
    return { actor, article: await getArticle({ actor, idOrSlug: id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { article } = await loadArticle(id, `/articles/${id}`);
  return { title: article.title };
}

export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  const { actor, article } = await loadArticle(id, `/articles/${id}`);
  // The claims load in parallel with the page's scripts, so a long list never delays the first
  // byte. This <link> is hoisted into <head>; react-dom's preload() from here became only a hint
  // in the page's data, acted on once every script had loaded, 200–400 ms later.
  const { text: _text, ...articleForEditor } = article;
  return (
    <>
      <link rel="preload" href={claimsUrl(article.id)} as="fetch" crossOrigin="anonymous" fetchPriority="high" />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">← All articles</Link>
      </nav>
      <ArticleWorkspace article={articleForEditor} actor={actor} />
    </>
  );
}
