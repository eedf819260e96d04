"use client";

import { PageError } from "@/components/ui/PageError";

/**
 * A page whose layout failed (the workspace's reads the signed-in user and their work count, so a
 * database outage fails it before its page's own boundary, app/(workspace)/error.tsx, can help).
 */
export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main">
      <PageError reset={reset} />
    </main>
  );
}
