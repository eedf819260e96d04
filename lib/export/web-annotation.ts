/**
 * An article's claims as a W3C Web Annotation collection (one page holds them all), with
 * Claimdesk's own terms (stance, claimant, status, tags) defined by its JSON-LD context so they
 * survive expansion. Pure: rows in, JSON-LD out.
 */
import type { ExportClaimRow } from "@/lib/data/export/export-claim-row";
import { annotationContextOf } from "./jsonld-context";
import { annotationBodies } from "./web-annotation-bodies";

export type JsonLdArticle = { id: string; slug: string; title: string; sourceUrl: string | null; language: string | null; publishedAt: string | null; version: number };
type Context = { baseUrl: string; article: JsonLdArticle };

const articleUrl = ({ baseUrl, article }: Context) => article.sourceUrl ?? `${baseUrl}/articles/${article.id}`;
const person = (baseUrl: string) => (id: string, name: string) => ({ id: `${baseUrl}/users/${id}`, type: "Person" as const, name });

export const collectionIdOf = ({ baseUrl, article }: Context) => `${baseUrl}/api/articles/${article.id}/export.jsonld?format=w3c`;
/** The collection's one page, served on its own at this URL too. */
export const pageIdOf = (context: Context) => `${collectionIdOf(context)}&page=0`;

function annotation(context: Context, row: ExportClaimRow) {
  const body = annotationBodies({ baseUrl: context.baseUrl, person: person(context.baseUrl), language: context.article.language }, row);
  return {
    id: `${context.baseUrl}/api/claims/${row.id}`,
    type: "Annotation",
    motivation: "assessing",
    creator: person(context.baseUrl)(row.createdById, row.createdBy),
    created: row.createdAt,
    modified: row.updatedAt,
    ...(row.claimant ? { claimant: row.claimant } : {}),
    status: row.status,
    ...(row.tags.length ? { tags: row.tags } : {}),
    ...(body.length ? { body } : {}),
    target: {
      source: articleUrl(context),
      selector: [
        { type: "TextQuoteSelector", exact: row.exact, prefix: row.prefix, suffix: row.suffix },
        { type: "TextPositionSelector", start: row.start, end: row.end },
      ],
      // The selectors refer to this version of the article's text.
      state: { type: "HttpRequestState", value: `X-Claimdesk-Article-Version: ${row.anchoredVersion}` },
    },
  };
}

function page(context: Context, rows: ExportClaimRow[]) {
  return { id: pageIdOf(context), type: "AnnotationPage", partOf: collectionIdOf(context), startIndex: 0, items: rows.map((row) => annotation(context, row)) };
}

export function webAnnotationCollection(context: Context, rows: ExportClaimRow[]) {
  return {
    "@context": annotationContextOf(context.baseUrl),
    id: collectionIdOf(context),
    type: "AnnotationCollection",
    label: `Claims in “${context.article.title}”`,
    total: rows.length,
    first: page(context, rows),
    last: pageIdOf(context),
  };
}

/** `?page=0`: the collection's page as a document of its own. */
export function webAnnotationPage(context: Context, rows: ExportClaimRow[]) {
  return { "@context": annotationContextOf(context.baseUrl), ...page(context, rows) };
}
