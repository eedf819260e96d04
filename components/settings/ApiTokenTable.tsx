"use client";

import { useState, useTransition } from "react";
import { RelativeTime } from "@/components/ui/RelativeTime";
import type { ApiTokenView } from "@/lib/views/api-token";
import type { ActionResult } from "@/lib/views/action";
import table from "@/components/ui/data-table.module.css";
import styles from "./settings.module.css";
import statusStyles from "@/components/ui/status-text.module.css";

export type RevokeToken = (input: { tokenId: string }) => Promise<ActionResult>;

type RowState = { kind: "confirming" } | { kind: "revoking" } | { kind: "error"; message: string };

export function ApiTokenTable({ tokens, onRevoke }: { tokens: ApiTokenView[]; onRevoke: RevokeToken }) {
  const [rows, setRows] = useState<Record<string, RowState | undefined>>({});
  const [, startTransition] = useTransition();
  const setRow = (id: string, state: RowState | undefined) => setRows((current) => ({ ...current, [id]: state }));

  function handleRevoke(tokenId: string) {
    setRow(tokenId, { kind: "revoking" });
    startTransition(async () => {
      const result = await onRevoke({ tokenId });
      setRow(tokenId, result.ok ? undefined : { kind: "error", message: result.message });
    });
  }

  if (tokens.length === 0) {
    return (
      <div className="empty-state" role="status">
        <p>No API tokens yet. Create one to call the API from a script or another tool.</p>
      </div>
    );
  }

  return (
    <table className={`${table.table} ${styles.tokenTable}`} aria-label="Your API tokens">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => {
          const row = rows[token.id];
          return (
            <tr key={token.id} className={token.revokedAt ? styles.revoked : undefined}>
              <th scope="row">{token.name}</th>
              <td>
                <RelativeTime iso={token.createdAt} />
              </td>
              <td>{token.lastUsedAt ? <RelativeTime iso={token.lastUsedAt} /> : <span className="muted">Never</span>}</td>
              <td>
                {token.revokedAt ? (
                  <span>
                    Revoked <RelativeTime iso={token.revokedAt} />
                  </span>
                ) : (
                  <span className={styles.active}>Active</span>
                )}
              </td>
              <td className="token-actions">
                {token.revokedAt ? null : row?.kind === "confirming" || row?.kind === "revoking" ? (
                  <div role="group" aria-label={`Confirm revoking ${token.name}`} className={styles.confirm}>
                    <span>Revoke it? Anything using it stops working at once.</span>
                    <button type="button" className="button button-danger" disabled={row.kind === "revoking"} onClick={() => handleRevoke(token.id)}>
                      {row.kind === "revoking" ? "Revoking…" : "Yes, revoke"}
                    </button>
                    <button type="button" className="button" disabled={row.kind === "revoking"} onClick={() => setRow(token.id, undefined)}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <button type="button" className="button" aria-label={`Revoke ${token.name}`} onClick={() => setRow(token.id, { kind: "confirming" })}>
                    Revoke
                  </button>
                )}
                {row?.kind === "error" ? (
                  <span role="alert" className={`${statusStyles.statusText} ${statusStyles.error}`}>
                    {row.message}
                  </span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
