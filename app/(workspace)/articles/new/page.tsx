import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackToArticles } from "@/components/ui/Breadcrumb";
import { ImportArticleForm } from "@/components/articles/ImportArticleForm";
import { canImportArticle } from "@/lib/policies/permissions";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportArticlePage() {
  const actor = await requirePageActor("/articles/new");
  if (!canImportArticle(actor)) notFound();
  return (
    <>
      <BackToArticles />
      <h1 className="page-title">Import an article</h1>
      <ImportArticleForm />
    </>
  );
}
