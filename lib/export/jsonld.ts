/**
 * W3C Web Annotation and schema.org ClaimReview documents for an article's claims. Pure: rows in,
 * JSON-LD out.
 */
import type { ExportClaimRow } from "@/lib/data/export/export-claim-row";
import { commentPlainText } from "@/lib/format/comment-body";
import { VERDICT_LABELS, type Verdict } from "@/lib/validation/verdicts";

export type JsonLdArticle = { id: string; title: string; sourceUrl: string | null; version: number };
type Context = { baseUrl: string; article: JsonLdArticle };

/** Ordinal verdicts on a 1–5 scale (5 = true); misleading and unproven are not on it. */
export const VERDICT_RATING: Partial<Record<Verdict, number>> = { true: 5, "mostly-true": 4, "half-true": 3, "mostly-false": 2, false: 1 };

const articleUrl = ({ baseUrl, article }: Context) => article.sourceUrl ?? `${baseUrl}/articles/${article.id}`;
const claimUrl = ({ baseUrl, article }: Context, claimId: string) => `${baseUrl}/articles/${article.id}#claim-${claimId}`;

const person = ({ baseUrl }: Context, id: string, name: string) => ({ id: `${baseUrl}/users/${id}`, type: "Person", name });

function annotation(context: Context, row: ExportClaimRow) {
  const body: Record<string, unknown>[] = [];
  if (row.verdict) body.push({ type: "TextualBody", purpose: "assessing", value: VERDICT_LABELS[row.verdict as Verdict], format: "text/plain" });
  if (row.rationale) body.push({ type: "TextualBody", purpose: "commenting", value: row.rationale, format: "text/plain" });
  if (row.summary) body.push({ type: "TextualBody", purpose: "describing", value: row.summary, format: "text/plain" });
  for (const source of row.sources) {
    body.push({ id: source.url, type: "Text", purpose: "linking", ...(source.title ? { title: source.title } : {}), stance: source.stance });
  }
  if (row.recheckSince) {
    const value = `Text changed since the verdict; it quoted “${row.recheckPreviousExact ?? ""}”.`;
    body.push({ type: "TextualBody", purpose: "questioning", value, format: "text/plain", created: row.recheckSince });
  }
  // Each reviewer's own rating (only those the exporting user may see), then the discussion.
  for (const review of row.reviews) {
    const label = VERDICT_LABELS[review.rating as Verdict] ?? review.rating;
    const value = review.rationale ? `${label}: ${review.rationale}` : label;
    body.push({ type: "TextualBody", purpose: "assessing", value, format: "text/plain", creator: person(context, review.reviewerId, review.reviewer), created: review.createdAt });
  }
  for (const comment of row.comments ?? []) {
    const value = commentPlainText(comment.body, comment.mentions);
    body.push({ id: `${context.baseUrl}/api/comments/${comment.id}`, type: "TextualBody", purpose: "commenting", value, format: "text/plain", creator: person(context, comment.authorId, comment.author), created: comment.createdAt });
  }
  return {
    id: `${context.baseUrl}/api/claims/${row.id}`,
    type: "Annotation",
    motivation: "assessing",
    creator: person(context, row.createdById, row.createdBy),
    created: row.createdAt,
    modified: row.updatedAt,
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

export function webAnnotationCollection(context: Context, rows: ExportClaimRow[]) {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${context.baseUrl}/api/articles/${context.article.id}/export.jsonld?format=w3c`,
    type: "AnnotationCollection",
    label: `Claims in “${context.article.title}”`,
    total: rows.length,
    first: { type: "AnnotationPage", startIndex: 0, items: rows.map((row) => annotation(context, row)) },
  };
}

export function claimReviews(context: Context & { organisation: string }, rows: ExportClaimRow[]) {
  return rows
    .filter((row) => row.verdict)
    .map((row) => {
      const verdict = row.verdict as Verdict;
      const rating = VERDICT_RATING[verdict];
      return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: claimUrl(context, row.id),
        claimReviewed: row.summary ?? row.exact,
        datePublished: row.updatedAt.slice(0, 10),
        author: { "@type": "Organization", name: context.organisation },
        reviewRating: {
          "@type": "Rating",
          alternateName: VERDICT_LABELS[verdict],
          ...(rating ? { ratingValue: rating, bestRating: 5, worstRating: 1 } : {}),
        },
        itemReviewed: {
          "@type": "Claim",
          ...(row.claimant ? { author: { "@type": "Person", name: row.claimant } } : {}),
          appearance: { "@type": "CreativeWork", url: articleUrl(context), headline: context.article.title },
        },
      };
    });
}
