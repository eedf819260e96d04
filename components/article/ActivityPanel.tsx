"use client";

import { useEffect, useRef, useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { ZActivityAnswer, type ActivityEntry } from "@/lib/views/activity";
import { RelativeTime } from "@/components/ui/RelativeTime";
import styles from "./ActivityPanel.module.css";

type Props = {
  articleId: string;
  /** Grows with every live event: an open panel then loads its first page again. */
  liveTick: number;
  onOpenClaim: (claimId: string) => void;
};

/** Who did what on the article, newest first, 50 at a time; loaded when opened, kept current while open. */
export function ActivityPanel({ articleId, liveTick, onOpenClaim }: Props) {
  const [entries, setEntries] = useState<ActivityEntry[] | null>(null);
  const [next, setNext] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);

  /** The first page (again, after a live change), or the page before `before` added below. */
  async function load(before?: string) {
    try {
      const page = await apiFetch(`/api/articles/${articleId}/activity${before ? `?before=${before}` : ""}`, { answer: ZActivityAnswer });
      setError(null);
      setEntries((current) => (before ? [...(current ?? []), ...page.activity] : page.activity));
      setNext(page.next);
    } catch (caught) {
      setError(caught instanceof ApiError ? `Could not load the activity: ${caught.message}` : "Could not load the activity.");
    }
  }

  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    if (!isOpen) return;
    const timer = setTimeout(() => void loadRef.current(), liveTick === 0 ? 0 : 500);
    return () => clearTimeout(timer);
  }, [isOpen, liveTick]);

  return (
    <details className={styles.panel} data-testid="activity" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary>Activity</summary>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : entries === null ? (
        <p className="muted small" role="status" aria-busy="true">
          Loading…
        </p>
      ) : entries.length === 0 ? (
        <p className="muted small">Nothing has happened yet.</p>
      ) : (
        <ol className={`activity-list ${styles.list}`}>
          {entries.map((entry) => (
            <li key={entry.id}>
              {entry.claimId ? (
                <button type="button" className={`link-button ${styles.text}`} onClick={() => onOpenClaim(entry.claimId!)}>
                  {entry.text}
                </button>
              ) : (
                <span className={styles.text}>{entry.text}</span>
              )}{" "}
              <span className="muted small">
                <RelativeTime iso={entry.at} />
              </span>
            </li>
          ))}
        </ol>
      )}
      {next ? (
        <button type="button" className="button" onClick={() => void load(next)}>
          Show older
        </button>
      ) : null}
    </details>
  );
}
