"use client";

import { useRef, useState } from "react";
import type { Actor } from "@/lib/policies/actor";
import { canAddSource, canEditSource } from "@/lib/policies/permissions";
import { STANCE_LABELS } from "@/lib/validation/verdicts";
import type { ClaimActions } from "./use-claim-store";
import { SourceForm } from "./SourceForm";
import type { ClaimView } from "@/lib/views/claim";
import type { SourceView } from "@/lib/views/source";
import shared from "./claims.module.css";
import styles from "./SourceList.module.css";

export function SourceList({ claim, actor, actions }: { claim: ClaimView; actor: Actor; actions: ClaimActions }) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const addDetails = useRef<HTMLDetailsElement>(null);
  return (
    <section className={styles.sources} aria-label="Sources">
      <h4>
        Sources <span className="count">{claim.sources.length}</span>
      </h4>
      {claim.sources.length === 0 ? <p className="muted small">No sources yet.</p> : null}
      <ul className={styles.list}>
        {claim.sources.map((source: SourceView) => (
          <li key={source.id} className={`source stance-${source.stance} ${styles.source}`}>
            {editingId === source.id ? (
              <SourceForm
                source={source}
                idPrefix={`source-${source.id}`}
                onSubmit={async (input) => {
                  const saved = await actions.updateSource(source, input);
                  if (saved) setEditingId(null);
                  return saved;
                }}
                onCancel={() => setEditingId(null)}
              />
            ) : (
              <>
                <div className={styles.head}>
                  <span className={`${shared.stanceBadge} stance-${source.stance}`}>{STANCE_LABELS[source.stance]}</span>
                  <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
                    {source.title || source.url}
                  </a>
                </div>
                {source.publisher ? <div className="muted small">{source.publisher}</div> : null}
                {source.excerpt ? <blockquote className={styles.excerpt}>{source.excerpt}</blockquote> : null}
                <div className="source-foot muted small">
                  Added by {source.addedBy.name}
                  {canEditSource(actor, { addedById: source.addedBy.id }) ? (
                    <>
                      {" · "}
                      <button type="button" className="link-button" onClick={() => setEditingId(source.id)}>
                        Edit
                      </button>
                      {" · "}
                      <button type="button" className="link-button danger" onClick={() => void actions.deleteSource(source)}>
                        Remove
                      </button>
                    </>
                  ) : null}
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {canAddSource(actor) ? (
        <details className={`add-source ${shared.disclosure}`} ref={addDetails}>
          <summary>Add a source</summary>
          <SourceForm
            idPrefix={`new-source-${claim.id}`}
            onSubmit={async (input) => {
              const source = await actions.addSource(claim.id, input);
              if (source && addDetails.current) addDetails.current.open = false;
              return source;
            }}
          />
        </details>
      ) : null}
    </section>
  );
}
