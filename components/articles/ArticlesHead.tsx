import Link from "next/link";
import styles from "./ArticlesHead.module.css";

/** The articles list's title, with exporting every claim and (for editors) importing an article. */
export function ArticlesHead({ canExport, canImport }: { canExport: boolean; canImport: boolean }) {
  return (
    <div className={styles.head}>
      <h1 className="page-title">Articles</h1>
      <div className={styles.actions}>
        {canExport ? (
          <a className="button" href="/api/export.csv" download data-testid="export-all-csv">
            Export all claims (CSV)
          </a>
        ) : null}
        {canImport ? (
          <Link href="/articles/new" className="button button-primary">
            Import article
          </Link>
        ) : null}
      </div>
    </div>
  );
}
