"use client";

import { useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { ZHistoryAnswer, type ActivityEntry } from "@/lib/views/activity";
import { RelativeTime } from "@/components/ui/RelativeTime";
import activity from "@/components/article/ActivityPanel.module.css";
import styles from "./ClaimHistory.module.css";

/** A changed value as a short text: names for people, the quote for a selector, lists joined. */
function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  if (typeof value === "object") {
    const record = value as { name?: unknown; exact?: unknown };
    if (typeof record.name === "string") return record.name;
    if (typeof record.exact === "string") return `“${record.exact}”`;
    return "…";
  }
  return String(value);
}

/** Every change to the claim, oldest first, with old and new values. Loaded when opened. */
export function ClaimHistory({ claimId }: { claimId: string }) {
  const [history, setHistory] = useState<ActivityEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    try {
      const answer = await apiFetch(`/api/claims/${claimId}/history`, { answer: ZHistoryAnswer });
      setError(null);
      setHistory(answer.history);
    } catch (caught) {
      setError(caught instanceof ApiError ? `Could not load the history: ${caught.message}` : "Could not load the history.");
    }
  }

  return (
    <details className={styles.history} data-testid="claim-history" onToggle={(event) => (event.currentTarget.open ? void load() : undefined)}>
      <summary>History</summary>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : history === null ? (
        <p className="muted small" role="status" aria-busy="true">
          Loading…
        </p>
      ) : (
        <ol className={`activity-list ${activity.list}`}>
          {history.map((entry) => (
            <li key={entry.id}>
              {entry.text} <span className="muted small"><RelativeTime iso={entry.at} /></span>
              {entry.changes ? (
                <ul className={`${styles.changes} small`}>
                  {Object.entries(entry.changes).map(([field, change]) => (
                    <li key={field}>
                      {field}: <del>{shownValue(change.from)}</del> → <ins>{shownValue(change.to)}</ins>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
