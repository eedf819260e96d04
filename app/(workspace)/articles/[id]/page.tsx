import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackToArticles } from "@/components/ui/Breadcrumb";
import { ArticleWorkspace } from "@/components/article/ArticleWorkspace";
import { requirePageActor } from "@/lib/auth/session";
import { getArticle } from "@/lib/data/articles/get-article";
import { listHighlightsForArticle } from "@/lib/data/claims/list-highlights";
import { findArticleStreamStart } from "@/lib/data/events/list-article-events";
import { NotFoundError } from "@/lib/errors";
import { ZUuid } from "@/lib/validation/users";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadArticle(id: string, returnTo: string) {
  const actor = await requirePageActor(returnTo);
  try {
    // Where the event log stands before the article is read: the live stream replays what comes after.
    const startAfter = await findArticleStreamStart({ actor, idOrSlug: id });
    return { actor, startAfter, article: await getArticle({ actor, idOrSlug: id }) };
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

export default async function ArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  // `?claim=<id>` (from My work): that claim opens.
  const wanted = (await searchParams).claim;
  const openClaimId = ZUuid.safeParse(wanted).success ? (wanted as string) : null;
  const { actor, startAfter, article } = await loadArticle(id, `/articles/${id}`);
  // The page carries where the highlights go (2,000 claims: one small query, 190 KB of page), so
  // the article is drawn with its highlights in one pass; the claims themselves load for the
  // sidebar once the page runs. Preloading them instead made the server build 1.2 MB of claims
  // while it was still rendering this page: 2,000 highlights on screen 60–100 ms later.
  const highlights = await listHighlightsForArticle({ actor, articleId: article.id });
  const { text: _text, ...articleForEditor } = article;
  return (
    <>
      <BackToArticles />
      <ArticleWorkspace article={articleForEditor} initialHighlights={highlights} actor={actor} startAfter={startAfter.toString()} openClaimId={openClaimId} />
    </>
  );
}
