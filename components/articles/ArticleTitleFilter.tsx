import Link from "next/link";
import styles from "./ArticleTitleFilter.module.css";

/** Filters the articles list by title: a GET form to the list itself (`?q=`). */
export function ArticleTitleFilter({ titleQuery }: { titleQuery: string | undefined }) {
  return (
    <form className={styles.filter} method="get" action="/" aria-label="Filter articles">
      <label htmlFor="article-title-filter">Title contains</label>
      <input id="article-title-filter" type="search" name="q" defaultValue={titleQuery ?? ""} maxLength={200} />
      <button type="submit" className="button">
        Filter
      </button>
      {titleQuery ? <Link href="/">Show all</Link> : null}
    </form>
  );
}
