import Link from "next/link";
import styles from "./Breadcrumb.module.css";

/** The way back to the articles list, above a page of the workspace. */
export function BackToArticles() {
  return (
    <nav aria-label="Breadcrumb" className={`breadcrumb ${styles.breadcrumb}`}>
      <Link href="/">← All articles</Link>
    </nav>
  );
}
