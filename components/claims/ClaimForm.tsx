"use client";

import { useState, type FormEvent, type KeyboardEvent } from "react";
import { ZUpdateClaim, type UpdateClaim } from "@/lib/validation/claims";
import { CLAIM_STATUSES, STATUS_LABELS, VERDICT_LABELS, type ClaimStatus, type Verdict } from "@/lib/validation/verdicts";
import { VerdictOptions } from "./VerdictOptions";
import type { ClaimView } from "@/lib/views/claim";
import type { PersonView } from "@/lib/views/person";
import shared from "./claims.module.css";
import styles from "./ClaimForm.module.css";

type Values = { claimant: string; summary: string; status: ClaimStatus; verdict: Verdict | ""; rationale: string; tags: string };

function valuesOf(claim: ClaimView): Values {
  return {
    claimant: claim.claimant ?? "",
    summary: claim.summary ?? "",
    status: claim.status,
    verdict: claim.verdict ?? "",
    rationale: claim.rationale ?? "",
    tags: claim.tags.join(", "),
  };
}

const FIELD_LABELS: Record<keyof Values, string> = {
  claimant: "Claimant",
  summary: "Claim",
  status: "Status",
  verdict: "Verdict",
  rationale: "Rationale",
  tags: "Tags",
};

function shown(field: keyof Values, value: string): string {
  if (field === "verdict") return value ? VERDICT_LABELS[value as Verdict] : "No verdict yet";
  if (field === "status") return STATUS_LABELS[value as ClaimStatus];
  return value || "—";
}

type Props = {
  claim: ClaimView;
  /** Changes of the user's that met a newer version (saved offline): the form starts with them, against theirs. */
  draft?: Omit<UpdateClaim, "version">;
  /** Who changed the claim last from another browser (live), to name them when it changes underneath. */
  changedBy?: PersonView | null;
  onSave: (changes: Omit<UpdateClaim, "version">) => Promise<ClaimView | null>;
  /** Why this user may not set the final verdict here (a blind policy), if so: the field is read-only. */
  verdictLocked?: string | null;
};

/**
 * The claim's fields. Unsaved values survive a failed save, a conflict and a colleague's change:
 * then the form compares theirs and mine field by field, and saving applies the chosen values to
 * the newest version. Ctrl/⌘+Enter saves.
 */
export function ClaimForm({ claim, draft, changedBy, onSave, verdictLocked = null }: Props) {
  const [values, setValues] = useState<Values>(() => (draft ? valuesOf({ ...claim, ...draft, tags: draft.tags ?? claim.tags } as ClaimView) : valuesOf(claim)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isSaving, setIsSaving] = useState(false);
  const [base, setBase] = useState(claim);
  const [changedUnderneath, setChangedUnderneath] = useState(Boolean(draft));

  // The claim changed on the server (our save, a conflict, a colleague). Untouched fields follow it;
  // a form with unsaved edits keeps them, says so, and the next save applies them to the new version.
  if (claim.version !== base.version && !isSaving) {
    const isDirty = JSON.stringify(values) !== JSON.stringify(valuesOf(base));
    setBase(claim);
    if (isDirty && JSON.stringify(values) !== JSON.stringify(valuesOf(claim))) setChangedUnderneath(true);
    else {
      setValues(valuesOf(claim));
      setChangedUnderneath(false);
    }
  }

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));

  async function handleSubmit(event?: FormEvent) {
    event?.preventDefault();
    const changes = {
      claimant: values.claimant,
      summary: values.summary,
      status: values.status,
      ...(verdictLocked ? {} : { verdict: values.verdict || null }),
      rationale: values.rationale,
      tags: values.tags.split(",").map((tag) => tag.trim()).filter(Boolean),
    };
    const parsed = ZUpdateClaim.safeParse({ version: claim.version, ...changes });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    setIsSaving(true);
    const saved = await onSave(changes);
    setIsSaving(false);
    if (saved) {
      setBase(saved);
      setValues(valuesOf(saved));
      setChangedUnderneath(false);
    }
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void handleSubmit();
  }

  const id = (field: string) => `claim-${claim.id}-${field}`;
  const error = (field: string) =>
    errors[field] ? (
      <span className="field-error" id={id(`${field}-error`)}>
        {errors[field]}
      </span>
    ) : null;

  return (
    <form className={`claim-form ${styles.form} ${shared.cardForm}`} onSubmit={handleSubmit} onKeyDown={handleKeyDown} noValidate data-dirty={JSON.stringify(values) !== JSON.stringify(valuesOf(base))}>
      {changedUnderneath ? (
        <ChangeComparison
          changedBy={changedBy ?? null}
          theirs={valuesOf(claim)}
          mine={values}
          onTake={(field) => set(field, valuesOf(claim)[field])}
          onTakeAll={() => {
            setValues(valuesOf(claim));
            setChangedUnderneath(false);
          }}
        />
      ) : null}
      <div className="field">
        <label htmlFor={id("claimant")}>Claimant</label>
        <input id={id("claimant")} value={values.claimant} onChange={(e) => set("claimant", e.target.value)} placeholder="Who made the claim?" />
        {error("claimant")}
      </div>
      <div className="field">
        <label htmlFor={id("summary")}>Claim, in one line</label>
        <input id={id("summary")} value={values.summary} onChange={(e) => set("summary", e.target.value)} placeholder="The checkable statement, normalised" />
        {error("summary")}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id("status")}>Status</label>
          <select id={id("status")} value={values.status} onChange={(e) => set("status", e.target.value as ClaimStatus)}>
            {CLAIM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("verdict")}>Verdict</label>
          <select
            id={id("verdict")}
            value={values.verdict}
            disabled={Boolean(verdictLocked)}
            aria-describedby={verdictLocked ? id("verdict-locked") : undefined}
            onChange={(e) => set("verdict", e.target.value as Verdict | "")}
          >
            <VerdictOptions empty="No verdict yet" />
          </select>
          {verdictLocked ? (
            <span className="muted small" id={id("verdict-locked")}>
              {verdictLocked}
            </span>
          ) : null}
        </div>
      </div>
      <div className="field">
        <label htmlFor={id("rationale")}>Rationale</label>
        <textarea id={id("rationale")} rows={3} value={values.rationale} onChange={(e) => set("rationale", e.target.value)} placeholder="Why this verdict?" />
        {error("rationale")}
      </div>
      <div className="field">
        <label htmlFor={id("tags")}>Tags</label>
        <input id={id("tags")} value={values.tags} onChange={(e) => set("tags", e.target.value)} placeholder="Comma-separated, e.g. economy, statistics" />
        {error("tags")}
      </div>
      <button type="submit" className="button button-primary" disabled={isSaving}>
        {isSaving ? "Saving…" : "Save claim"}
      </button>{" "}
      <span className="muted small">or Ctrl/⌘ + Enter</span>
    </form>
  );
}

type ComparisonProps = {
  changedBy: PersonView | null;
  theirs: Values;
  mine: Values;
  onTake: (field: keyof Values) => void;
  onTakeAll: () => void;
};

/** Theirs and mine, for every field where they differ: take theirs, keep mine, or edit (merge) in the form. */
function ChangeComparison({ changedBy, theirs, mine, onTake, onTakeAll }: ComparisonProps) {
  const differing = (Object.keys(FIELD_LABELS) as (keyof Values)[]).filter((field) => theirs[field] !== mine[field]);
  return (
    <div className={`alert alert-warning ${styles.comparison}`} role="alert" data-testid="conflict-view">
      <p>
        <strong>Changed by {changedBy ? changedBy.name : "someone else"} just now.</strong> Your unsaved values are kept: for each difference, keep
        yours or take theirs (or edit the field), then save to apply the result to their version.
      </p>
      {differing.length ? (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Theirs</th>
              <th scope="col">Mine</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {differing.map((field) => (
              <tr key={field}>
                <th scope="row">{FIELD_LABELS[field]}</th>
                <td>{shown(field, theirs[field])}</td>
                <td>{shown(field, mine[field])}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => onTake(field)}>
                    Take theirs
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Your values now match theirs.</p>
      )}
      <button type="button" className="button" onClick={onTakeAll}>
        Take all of theirs
      </button>
    </div>
  );
}
