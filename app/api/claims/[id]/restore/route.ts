import { NextResponse } from "next/server";
import { parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canRestoreClaim } from "@/lib/policies/permissions";
import { restoreClaim } from "@/lib/data/claims/delete-claim";

export const POST = authedRoute<{ id: string }>(
  async ({ actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    return NextResponse.json({ claim: await restoreClaim({ actor, claimId: id }) });
  },
  { allow: canRestoreClaim },
);
