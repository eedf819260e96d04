"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { ZCreateToken } from "@/lib/validation/tokens";
import { ApiTokenTable, type RevokeToken } from "./ApiTokenTable";
import { NewApiToken } from "./NewApiToken";
import type { ActionResult } from "@/lib/views/action";
import type { ApiTokenView, CreatedApiTokenView } from "@/lib/views/api-token";
import styles from "./settings.module.css";

export type CreateToken = (input: { name: string }) => Promise<ActionResult<{ token: CreatedApiTokenView }>>;

/** Create, reveal once, list and revoke the signed-in user's API tokens. */
export function ApiTokens({ tokens, onCreate, onRevoke }: { tokens: ApiTokenView[]; onCreate: CreateToken; onRevoke: RevokeToken }) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  // The secret lives only in this state: gone on reload, never sent to the server again.
  const [created, setCreated] = useState<CreatedApiTokenView | null>(null);
  const [isPending, startTransition] = useTransition();
  const ids = { name: useId(), hint: useId(), error: useId() };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateToken.safeParse({ name });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Invalid name.");
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await onCreate(parsed.data);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setCreated(result.token);
      setName("");
    });
  }

  return (
    <div className="api-tokens">
      <form className={styles.tokenForm} onSubmit={handleSubmit} noValidate>
        <div className="field">
          <label htmlFor={ids.name}>Token name</label>
          <input
            id={ids.name}
            name="name"
            value={name}
            maxLength={100}
            autoComplete="off"
            aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          <span id={ids.hint} className="muted field-hint">
            Say where it will be used, for example “Newsroom CMS sync”.
          </span>
          {error ? (
            <span id={ids.error} className="field-error" role="alert">
              {error}
            </span>
          ) : null}
        </div>
        <button type="submit" className="button button-primary" disabled={isPending}>
          {isPending ? "Creating…" : "Create token"}
        </button>
      </form>
      {created ? <NewApiToken key={created.id} created={created} onDismiss={() => setCreated(null)} /> : null}
      <ApiTokenTable tokens={tokens} onRevoke={onRevoke} />
    </div>
  );
}
