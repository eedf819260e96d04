import type { ClaimFilter } from "./claim-filters";
import styles from "./ExportLinks.module.css";

/** Downloads of this article's claims, with the filters chosen in the sidebar applied. */
export function ExportLinks({ articleId, filter }: { articleId: string; filter: ClaimFilter }) {
  const query = new URLSearchParams();
  if (filter.verdict !== "all") query.set("verdict", filter.verdict);
  if (filter.status !== "all") query.set("status", filter.status);
  if (filter.authorId !== "all") query.set("author", filter.authorId);
  const csv = `/api/articles/${articleId}/export.csv${query.size ? `?${query}` : ""}`;
  const withSources = new URLSearchParams(query);
  withSources.set("layout", "sources");
  return (
    <div className={styles.links}>
      <a className="button" href={csv} download data-testid="export-csv">
        Export CSV
      </a>
      <details>
        <summary>More formats</summary>
        <ul>
          <li>
            <a href={`/api/articles/${articleId}/export.csv?${withSources}`} download>
              CSV, one row per source
            </a>
          </li>
          <li>
            <a href={`/api/articles/${articleId}/export.jsonld?format=w3c`}>W3C Web Annotation (JSON-LD)</a>
          </li>
          <li>
            <a href={`/api/articles/${articleId}/export.jsonld?format=claimreview`}>schema.org ClaimReview (JSON-LD)</a>
          </li>
        </ul>
      </details>
    </div>
  );
}
