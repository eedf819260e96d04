import Link from "next/link";
import { VerdictBadge } from "@/components/claims/VerdictBadge";
import { STATUS_LABELS } from "@/lib/validation/verdicts";
import type { SearchField, SearchResult } from "@/lib/views/search";
import { HighlightedText } from "./HighlightedText";
import styles from "./search.module.css";

const FIELD_LABELS: Record<SearchField, string> = {
  quote: "Quote",
  summary: "Summary",
  claimant: "Claimant",
  tags: "Tags",
  rationale: "Rationale",
  sourceTitle: "Source",
  sourceExcerpt: "Source excerpt",
};

/** Where a result opens: its claim, in its article (the article page opens `?claim=`). */
export const claimHref = (result: SearchResult) => `/articles/${result.article.id}?claim=${result.claim.id}`;

const shortQuote = (exact: string) => (exact.length > 200 ? `${exact.slice(0, 200)}…` : exact);

function Result({ result }: { result: SearchResult }) {
  const quote = result.highlights.find((highlight) => highlight.field === "quote");
  const others = result.highlights.filter((highlight) => highlight !== quote);
  return (
    <li className={styles.result} data-testid="search-result">
      <Link href={claimHref(result)} className={styles.quote}>
        “{quote ? <HighlightedText segments={quote.segments} /> : shortQuote(result.claim.selector.exact)}”
      </Link>
      <p className={`${styles.meta} muted small`}>
        in <span className={styles.article}>{result.article.title}</span> · {STATUS_LABELS[result.claim.status]} · <VerdictBadge verdict={result.claim.verdict} />
      </p>
      {others.length ? (
        <dl className={styles.fields}>
          {others.map((highlight, index) => (
            <div key={`${highlight.field}-${highlight.sourceId ?? ""}-${index}`}>
              <dt>{FIELD_LABELS[highlight.field]}</dt>
              <dd>
                <HighlightedText segments={highlight.segments} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}

/** A page of results, best first, and the link to the next page (or to the first, on later pages). */
export function SearchResults({ results, nextHref, firstHref }: { results: SearchResult[]; nextHref: string | null; firstHref: string | null }) {
  if (results.length === 0) {
    return (
      <div className="empty-state" role="status">
        <p>{firstHref ? "No more claims match." : "No claims match. Try fewer words, or other filters."}</p>
        {firstHref ? <Link href={firstHref}>Back to the first results</Link> : null}
      </div>
    );
  }
  return (
    <>
      <p className="visually-hidden" role="status">
        {results.length} {results.length === 1 ? "claim" : "claims"} on this page
      </p>
      <ol className={styles.results} data-testid="search-results">
        {results.map((result) => (
          <Result key={result.claim.id} result={result} />
        ))}
      </ol>
      <nav aria-label="More results" className={styles.pages}>
        {firstHref ? <Link href={firstHref}>← First results</Link> : null}
        {nextHref ? <Link href={nextHref}>More results →</Link> : null}
      </nav>
    </>
  );
}
