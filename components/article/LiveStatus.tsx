"use client";

import type { ConnectionState } from "@/lib/realtime/use-article-stream";
import type { PresenceUser } from "@/lib/views/presence";
import { ROLE_LABELS } from "@/lib/validation/roles";
import { initialsOf } from "@/components/ui/initials";
import avatar from "@/components/ui/avatar.module.css";
import styles from "./LiveStatus.module.css";

const LABELS: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  offline: "Offline",
};

const HINTS: Record<ConnectionState, string> = {
  connecting: "Connecting to the live updates of this article.",
  live: "Changes by others appear here as they are made.",
  reconnecting: "The connection dropped. Changes made meanwhile will appear when it is back.",
  offline: "No network. What others change will appear when you are back online.",
};

/** The connection indicator and who else has the article open. */
export function LiveStatus({ state, others }: { state: ConnectionState; others: PresenceUser[] }) {
  return (
    <div className={styles.status}>
      <span className={styles.connection} data-state={state} role="status" title={HINTS[state]} data-testid="connection-state">
        <span className={styles.dot} aria-hidden="true" />
        {LABELS[state]}
      </span>
      {others.length > 0 ? (
        <ul className={styles.presence} aria-label={`Also on this article: ${others.map((user) => user.name).join(", ")}`}>
          {others.map((user) => (
            <li key={user.id} className={avatar.avatar} title={`${user.name} (${ROLE_LABELS[user.role]})`} data-testid="presence-avatar">
              {initialsOf(user.name)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
