/** The bodies of one claim's W3C Web Annotation: its verdict, words, sources, tags, reviews and comments. */
import type { ExportClaimRow } from "@/lib/data/export/export-claim-row";
import { commentPlainText } from "@/lib/format/comment-body";
import { textDirectionOf } from "@/lib/format/text-direction";
import { canonicalLanguageTag } from "@/lib/validation/language-tag";
import { VERDICT_LABELS, type Verdict } from "@/lib/validation/verdicts";

export type Body = Record<string, unknown>;
type Person = { id: string; type: "Person"; name: string };
type Context = { baseUrl: string; person: (id: string, name: string) => Person; language: string | null };

/** Claimdesk's own words (verdict labels) are English. */
const LABEL_LANGUAGE = { language: "en" } as const;

/** `language`, and `textDirection` when it runs right to left (left to right is the default). */
function languageOf(stored: string | null): Body {
  // Canonical, and none for a value stored before tags were checked.
  const tag = stored ? canonicalLanguageTag(stored) : null;
  if (!tag) return {};
  return { language: tag, ...(textDirectionOf(tag) === "rtl" ? { textDirection: "rtl" } : {}) };
}

const text = (purpose: string, value: string, extra: Body = {}): Body => ({ type: "TextualBody", purpose, value, format: "text/plain", ...extra });

/**
 * A source as a SpecificResource (`purpose` is allowed there, not on the page itself) whose source
 * is the page, with the evidence quote as a selector on it and Claimdesk's `stance`.
 */
function sourceBody(source: ExportClaimRow["sources"][number]): Body {
  const excerpt = source.excerpt?.trim();
  return {
    type: "SpecificResource",
    purpose: "linking",
    source: { id: source.url, type: "Text", ...(source.title ? { title: source.title } : {}) },
    ...(excerpt ? { selector: { type: "TextQuoteSelector", exact: excerpt } } : {}),
    stance: source.stance,
  };
}

/**
 * What the reviewers wrote about the article (summary, rationale, comments) is taken to be in the
 * article's language; a body that mixes a label with their words (a review with reasons, the
 * re-check note quoting the old text) gets no language rather than a wrong one.
 */
export function annotationBodies(context: Context, row: ExportClaimRow): Body[] {
  const written = languageOf(context.language);
  const body: Body[] = [];
  if (row.verdict) body.push(text("assessing", VERDICT_LABELS[row.verdict as Verdict], LABEL_LANGUAGE));
  if (row.rationale) body.push(text("commenting", row.rationale, written));
  if (row.summary) body.push(text("describing", row.summary, written));
  body.push(...row.sources.map(sourceBody));
  body.push(...row.tags.map((tag) => text("tagging", tag)));
  if (row.recheckSince) {
    body.push(text("questioning", `Text changed since the verdict; it quoted “${row.recheckPreviousExact ?? ""}”.`, { created: row.recheckSince }));
  }
  // Each reviewer's own rating (only those the exporting user may see), then the discussion.
  for (const review of row.reviews) {
    const label = VERDICT_LABELS[review.rating as Verdict] ?? review.rating;
    const creator = context.person(review.reviewerId, review.reviewer);
    body.push(text("assessing", review.rationale ? `${label}: ${review.rationale}` : label, { ...(review.rationale ? {} : LABEL_LANGUAGE), creator, created: review.createdAt }));
  }
  for (const comment of row.comments ?? []) {
    const value = commentPlainText(comment.body, comment.mentions);
    body.push({ id: `${context.baseUrl}/api/comments/${comment.id}`, ...text("commenting", value, written), creator: context.person(comment.authorId, comment.author), created: comment.createdAt });
  }
  return body;
}
