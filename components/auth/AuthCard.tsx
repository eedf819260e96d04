import type { ReactNode } from "react";
import styles from "./AuthCard.module.css";

/** A page of its own, outside the workspace: its title and lede in one card in the middle. */
export function AuthCard({ title, lede, children }: { title: string; lede: string; children: ReactNode }) {
  return (
    <main id="main" className={styles.page}>
      <div className={styles.card}>
        <h1>{title}</h1>
        <p className={styles.lede}>{lede}</p>
        {children}
      </div>
    </main>
  );
}

/** A note below the card's content (the demo accounts, say). */
export function AuthCardNote({ children }: { children: ReactNode }) {
  return <p className={styles.note}>{children}</p>;
}
