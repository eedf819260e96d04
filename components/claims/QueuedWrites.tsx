"use client";

import type { OutboxItem } from "@/lib/client/outbox";
import styles from "./QueuedWrites.module.css";

/** What is kept in this browser until the server has it: "not saved yet", with a way to send it now. */
export function QueuedWrites({ items, onSend }: { items: OutboxItem[]; onSend: () => void }) {
  if (items.length === 0) return null;
  return (
    <section className={`${styles.queued} alert alert-warning`} aria-label="Not saved yet" data-testid="queued-writes">
      <p>
        <strong>Not saved yet ({items.length})</strong>: kept in this browser and sent when the connection is back.{" "}
        <button type="button" className="link-button" onClick={onSend}>
          Send now
        </button>
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.label}</li>
        ))}
      </ul>
    </section>
  );
}
