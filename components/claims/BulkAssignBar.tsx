"use client";

import { useId, useState } from "react";
import { usePeople } from "@/components/comments/use-comments";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { ZClaimListAnswer } from "@/lib/views/claim";
import type { ClaimActions } from "./use-claim-store";
import styles from "./BulkAssignBar.module.css";

type Props = { articleId: string; selected: ReadonlySet<string>; actions: ClaimActions; onDone: () => void };

/** With claims selected in the list: assign them all to one reviewer (or unassign them) in one go. */
export function BulkAssignBar({ articleId, selected, actions, onDone }: Props) {
  const id = useId();
  const people = usePeople().filter((person) => person.canReview);
  const [assigneeId, setAssigneeId] = useState("");
  const [isBusy, setIsBusy] = useState(false);
  if (selected.size === 0) return null;
  const assign = async (to: string | null) => {
    setIsBusy(true);
    try {
      const { claims } = await apiFetch(`/api/articles/${articleId}/assignments`, { method: "POST", body: { claimIds: [...selected], assigneeId: to }, answer: ZClaimListAnswer });
      claims.forEach(actions.showClaim);
      const name = people.find((person) => person.id === to)?.name;
      actions.setFeedback({ kind: "done", message: `${claims.length} claim${claims.length === 1 ? "" : "s"} ${name ? `assigned to ${name}` : "unassigned"}.` });
      onDone();
    } catch (caught) {
      actions.setFeedback({ kind: "error", message: caught instanceof ApiError ? caught.message : "Could not assign the claims. Try again.", retry: () => void assign(to) });
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <div className={styles.bar} role="group" aria-label="Selected claims" data-testid="bulk-bar">
      <strong>{selected.size} selected</strong>
      <label htmlFor={id} className="visually-hidden">
        Assign to
      </label>
      <select id={id} value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)}>
        <option value="">Assign to…</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
      <button type="button" className="button button-primary" disabled={!assigneeId || isBusy} onClick={() => void assign(assigneeId)}>
        {isBusy ? "Assigning…" : "Assign"}
      </button>
      <button type="button" className="button" disabled={isBusy} onClick={() => void assign(null)}>
        Unassign
      </button>
      <button type="button" className="link-button" onClick={onDone}>
        Clear selection
      </button>
    </div>
  );
}
