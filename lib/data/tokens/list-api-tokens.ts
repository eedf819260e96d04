import "server-only";

import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { canManageApiTokens } from "@/lib/policies/permissions";
import { ForbiddenError } from "@/lib/errors";
import { API_TOKEN_SELECT, presentApiToken } from "./present-api-token";
import type { ApiTokenView } from "@/lib/views/api-token";

/** The actor's own tokens, newest first, revoked ones included (so their history stays visible). */
export async function listApiTokens({ actor }: { actor: Actor }): Promise<ApiTokenView[]> {
  if (!canManageApiTokens(actor)) throw new ForbiddenError();
  const rows = await getDb().apiToken.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: API_TOKEN_SELECT,
  });
  return rows.map(presentApiToken);
}
