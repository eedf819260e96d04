"use client";

import { useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import type { ClaimActions } from "./use-claim-store";
import type { ClaimView } from "@/lib/views/claim";
import { ZClaimListAnswer } from "@/lib/views/claim";
import shared from "./claims.module.css";

/** For editors: deleted claims of the article, each restorable. Loaded on demand. */
export function DeletedClaims({ articleId, actions }: { articleId: string; actions: ClaimActions }) {
  const [deleted, setDeleted] = useState<ClaimView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    setError(null);
    try {
      const { claims } = await apiFetch(`/api/articles/${articleId}/claims?deleted=1`, { answer: ZClaimListAnswer });
      setDeleted(claims.filter((claim) => claim.deletedAt));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Could not load deleted claims.");
    }
  }

  return (
    <details className={`deleted-claims ${shared.disclosure}`} onToggle={(event) => (event.currentTarget.open ? void load() : undefined)}>
      <summary>Deleted claims</summary>
      {error ? <p className="field-error">{error}</p> : null}
      {deleted === null && !error ? <p className="muted small">Loading…</p> : null}
      {deleted?.length === 0 ? <p className="muted small">Nothing deleted.</p> : null}
      <ul className={shared.cards}>
        {deleted?.map((claim) => (
          <li key={claim.id}>
            <q>{claim.selector.exact}</q>{" "}
            <button
              type="button"
              className="button"
              onClick={async () => {
                if (await actions.restoreClaim(claim.id)) setDeleted((current) => current?.filter((item) => item.id !== claim.id) ?? null);
              }}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
