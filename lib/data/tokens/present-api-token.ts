/** One shape for an API token in the API, the settings page and the event log: never the secret or its hash. */
export const API_TOKEN_SELECT = { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

import "server-only";
import type { ApiTokenView } from "@/lib/views/api-token";

export function presentApiToken(row: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
