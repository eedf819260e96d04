import { NextResponse } from "next/server";
import { parseParams } from "@/lib/api/parse";
import { parseExpectedVersion } from "@/lib/api/expected-version";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canEditSomeClaims } from "@/lib/policies/permissions";
import { restoreClaim } from "@/lib/data/claims/delete-claim";

export const POST = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const version = parseExpectedVersion(request);
    return NextResponse.json({ claim: await restoreClaim({ actor, claimId: id, version }) });
  },
  { allow: canEditSomeClaims },
);
