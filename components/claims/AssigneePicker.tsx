"use client";

import { useId } from "react";
import { usePeople } from "@/components/comments/use-comments";
import type { ClaimView } from "@/lib/views/claim";
import type { ClaimActions } from "./use-claim-store";

/** Who checks this claim: editors choose among the reviewers (and above); everyone else reads it. */
export function AssigneePicker({ claim, canAssign, actions }: { claim: ClaimView; canAssign: boolean; actions: ClaimActions }) {
  const id = useId();
  const people = usePeople().filter((person) => person.canReview);
  if (!canAssign) {
    return <p className="small">Assigned to: {claim.assignee ? <strong>{claim.assignee.name}</strong> : <span className="muted">nobody</span>}</p>;
  }
  const value = claim.assignee?.id ?? "";
  // The current assignee stays in the list while the people are loading, or if they can no longer review.
  const options = claim.assignee && !people.some((person) => person.id === value) ? [{ ...claim.assignee, canReview: true }, ...people] : people;
  return (
    <div className="field assignee-field">
      <label htmlFor={id}>Assigned to</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const assigneeId = event.target.value || null;
          const name = options.find((person) => person.id === assigneeId)?.name;
          void actions.updateClaim(claim, { assigneeId }, name ? `Assigned to ${name}.` : "Unassigned.");
        }}
      >
        <option value="">Nobody</option>
        {options.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </div>
  );
}
