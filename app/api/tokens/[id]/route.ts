import { NextResponse } from "next/server";
import { parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canManageApiTokens } from "@/lib/policies/permissions";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";

export const DELETE = authedRoute<{ id: string }>(
  async ({ actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    return NextResponse.json({ token: await revokeApiToken({ actor, tokenId: id }) });
  },
  { allow: canManageApiTokens },
);
