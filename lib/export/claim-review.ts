/** schema.org ClaimReview items (what Google's fact-check markup reads) for an article's judged claims. Pure. */
import type { ExportClaimRow } from "@/lib/data/export/export-claim-row";
import { canonicalLanguageTag } from "@/lib/validation/language-tag";
import { VERDICT_LABELS, type Verdict } from "@/lib/validation/verdicts";
import type { Publication } from "./publication";
import type { JsonLdArticle } from "./web-annotation";

/** Ordinal verdicts on a 1–5 scale (5 = true); misleading and unproven are not on it. */
export const VERDICT_RATING: Partial<Record<Verdict, number>> = { true: 5, "mostly-true": 4, "half-true": 3, "mostly-false": 2, false: 1 };

type Context = { publication: Publication; article: JsonLdArticle };

/** Where the fact-check is published; until that is configured, the claim in Claimdesk. */
function factCheckUrl({ publication, article }: Context, claimId: string): string {
  const page = publication.factCheckBaseUrl ? `${publication.factCheckBaseUrl}/${article.slug}` : `${publication.baseUrl}/articles/${article.id}`;
  return `${page}#claim-${claimId}`;
}

/** The article where the claim appeared, when its own URL is known (never Claimdesk's page). */
function appearanceOf({ article }: Context) {
  if (!article.sourceUrl) return null;
  const language = article.language ? canonicalLanguageTag(article.language) : null;
  return {
    "@type": "CreativeWork",
    url: article.sourceUrl,
    headline: article.title,
    ...(article.publishedAt ? { datePublished: article.publishedAt.slice(0, 10) } : {}),
    ...(language ? { inLanguage: language } : {}),
  };
}

export function claimReviews(context: Context, rows: ExportClaimRow[]) {
  const { organisation } = context.publication;
  const appearance = appearanceOf(context);
  return rows
    .filter((row) => row.verdict)
    .map((row) => {
      const verdict = row.verdict as Verdict;
      const rating = VERDICT_RATING[verdict];
      return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: factCheckUrl(context, row.id),
        claimReviewed: row.summary ?? row.exact,
        datePublished: row.updatedAt.slice(0, 10),
        author: { "@type": "Organization", name: organisation.name, url: organisation.url },
        reviewRating: {
          "@type": "Rating",
          name: VERDICT_LABELS[verdict],
          alternateName: VERDICT_LABELS[verdict],
          ...(rating ? { ratingValue: rating, bestRating: 5, worstRating: 1 } : {}),
        },
        itemReviewed: {
          "@type": "Claim",
          ...(row.claimant ? { author: { "@type": "Person", name: row.claimant } } : {}),
          // The claim was made when the article carrying it was published.
          ...(context.article.publishedAt ? { datePublished: context.article.publishedAt.slice(0, 10) } : {}),
          ...(appearance ? { appearance, firstAppearance: appearance } : {}),
        },
      };
    });
}
