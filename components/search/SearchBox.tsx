import styles from "./SearchBox.module.css";

/** The header's search: a plain GET form to /search, so it works before (and without) any script. */
export function SearchBox() {
  return (
    <form role="search" action="/search" method="get" className={styles.box} aria-label="Search claims">
      <label htmlFor="header-search" className="visually-hidden">
        Search claims
      </label>
      <input id="header-search" type="search" name="q" placeholder="Search claims…" maxLength={200} required autoComplete="off" />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
