"use client";

import { memo } from "react";
import { CLAIM_STATUSES, STATUS_LABELS, VERDICT_LABELS, VERDICTS } from "@/lib/validation/verdicts";
import type { ClaimFilter } from "./claim-filters";
import type { ClaimView } from "@/lib/views/claim";
import styles from "./ClaimFilters.module.css";

/** Filters with a count per choice (memoised: counting thousands of claims on every keystroke elsewhere adds up). */
export const ClaimFilters = memo(function ClaimFilters({
  claims,
  filter,
  disagreements,
  onChange,
}: {
  claims: ClaimView[];
  filter: ClaimFilter;
  disagreements: ReadonlySet<string>;
  onChange: (filter: ClaimFilter) => void;
}) {
  const authors = [...new Map(claims.map((claim) => [claim.createdBy.id, claim.createdBy.name])).entries()];
  const count = (predicate: (claim: ClaimView) => boolean) => claims.filter(predicate).length;
  return (
    <fieldset className={styles.filters}>
      <legend className="visually-hidden">Filter claims</legend>
      <label>
        <span>Verdict</span>
        <select value={filter.verdict} onChange={(event) => onChange({ ...filter, verdict: event.target.value as ClaimFilter["verdict"] })}>
          <option value="all">All ({claims.length})</option>
          {VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {VERDICT_LABELS[verdict]} ({count((claim) => claim.verdict === verdict)})
            </option>
          ))}
          <option value="none">No verdict ({count((claim) => claim.verdict === null)})</option>
        </select>
      </label>
      <label>
        <span>Status</span>
        <select value={filter.status} onChange={(event) => onChange({ ...filter, status: event.target.value as ClaimFilter["status"] })}>
          <option value="all">All</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]} ({count((claim) => claim.status === status)})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Needs</span>
        <select value={filter.flag} onChange={(event) => onChange({ ...filter, flag: event.target.value as ClaimFilter["flag"] })} data-testid="flag-filter">
          <option value="all">Anything</option>
          <option value="disagreements">Reviewers disagree ({count((claim) => disagreements.has(claim.id))})</option>
          <option value="recheck">Re-check: text changed ({count((claim) => claim.recheck !== null)})</option>
        </select>
      </label>
      <label>
        <span>Author</span>
        <select value={filter.authorId} onChange={(event) => onChange({ ...filter, authorId: event.target.value })}>
          <option value="all">Everyone</option>
          {authors.map(([id, name]) => (
            <option key={id} value={id}>
              {name} ({count((claim) => claim.createdBy.id === id)})
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
});
