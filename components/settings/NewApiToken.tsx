"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { CreatedApiTokenView } from "@/lib/views/api-token";
import styles from "./settings.module.css";
import statusStyles from "@/components/ui/status-text.module.css";

type CopyState = "idle" | "copied" | "failed";

/** The one and only showing of a new token's secret, ready to copy. Key it by the token id to reset it. */
export function NewApiToken({ created, onDismiss }: { created: CreatedApiTokenView; onDismiss: () => void }) {
  const [copyState, setCopyState] = useState<CopyState>("idle");
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), field: useId(), note: useId() };

  // Move focus to the secret so keyboard and screen-reader users land on it, selected for copying.
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [created.id]);

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopyState("copied");
    } catch {
      inputRef.current?.select();
      setCopyState("failed");
    }
  }

  return (
    <section className={styles.reveal} aria-labelledby={ids.title}>
      <h3 id={ids.title}>Token “{created.name}” created</h3>
      <p id={ids.note} className={styles.revealNote}>
        <strong>Copy it now: it will not be shown again.</strong> Claimdesk keeps only a fingerprint of it, so nobody can show it to you
        later. If you lose it, revoke it and create a new one.
      </p>
      <div className="field">
        <label htmlFor={ids.field}>New API token</label>
        <div className={styles.copyRow}>
          <input
            ref={inputRef}
            id={ids.field}
            className={styles.secret}
            value={created.token}
            readOnly
            spellCheck={false}
            autoComplete="off"
            aria-describedby={ids.note}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void handleCopy()}>
            Copy
          </button>
        </div>
        <span role="status" aria-live="polite" className={`${statusStyles.statusText} ${copyState === "failed" ? statusStyles.error : statusStyles.ok}`}>
          {copyState === "copied" ? "Copied to the clipboard." : copyState === "failed" ? "Could not copy: the token is selected, press Ctrl+C or ⌘C." : ""}
        </span>
      </div>
      <button type="button" className="button" onClick={onDismiss}>
        I have copied it
      </button>
    </section>
  );
}
