import { NextResponse } from "next/server";
import { parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { listClaimHistory } from "@/lib/data/events/list-activity";
import { canReadArticles } from "@/lib/policies/permissions";

export const GET = authedRoute<{ id: string }>(
  async ({ actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    return NextResponse.json({ history: await listClaimHistory({ actor, claimId: id }) });
  },
  { allow: canReadArticles },
);
