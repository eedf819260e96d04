"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";

const RETRY_MS = 3_000;

type HealthState = "checking" | "database-down" | "up";

/** Whether the database answers, as `/api/health` says (a server that does not answer counts as down). */
async function readHealth(): Promise<HealthState> {
  try {
    const response = await fetch("/api/health", { cache: "no-store" });
    return response.ok ? "up" : "database-down";
  } catch {
    return "database-down";
  }
}

/**
 * A page that failed to load, for the error boundaries (app/error.tsx, app/(workspace)/error.tsx).
 * When the database is out of reach (an outage, a restart) it says so and tries again by itself
 * every few seconds, reloading the page once the database answers.
 */
export function PageError({ reset }: { reset: () => void }) {
  const router = useRouter();
  const [health, setHealth] = useState<HealthState>("checking");

  useEffect(() => {
    let isCancelled = false;
    let wasDown = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const state = await readHealth();
      if (isCancelled) return;
      setHealth(state);
      if (state === "database-down") {
        wasDown = true;
        timer = setTimeout(() => void check(), RETRY_MS);
      } else if (wasDown) {
        // Back: render the page again. (A page that failed with the database up is a bug: no loop.)
        startTransition(() => {
          router.refresh();
          reset();
        });
      }
    };
    void check();
    return () => {
      isCancelled = true;
      clearTimeout(timer);
    };
    // Only on first show: a later success hands the page back to its own rendering.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (health === "database-down") {
    return (
      <div className="alert alert-error" role="alert" aria-live="polite" data-testid="database-unreachable">
        <p>
          <strong>The database is unreachable right now.</strong> Retrying every few seconds; this page comes back by itself when it answers. Nothing you saved was lost.
        </p>
      </div>
    );
  }
  return (
    <div className="alert alert-error" role="alert">
      <p>
        <strong>Something went wrong while loading this page.</strong> Your work is saved; nothing was lost.
      </p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
