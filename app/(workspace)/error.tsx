"use client";

import { PageError } from "@/components/ui/PageError";

/** A workspace page that failed to load, under the workspace's header. */
export default function WorkspaceError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError reset={reset} />;
}
