import { NextResponse } from "next/server";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { parseExpectedVersion } from "@/lib/api/expected-version";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canEditSomeClaims } from "@/lib/policies/permissions";
import { deleteClaim } from "@/lib/data/claims/delete-claim";
import { getClaim } from "@/lib/data/claims/get-claim";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { ZUpdateClaim } from "@/lib/validation/claims";

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => {
  const { id } = parseParams(ZIdParams, params);
  return NextResponse.json({ claim: await getClaim({ actor, claimId: id }) });
});

// Viewers are refused outright; whose claim it is, is checked per record in the data layer.
export const PATCH = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const input = await parseJsonBody(request, ZUpdateClaim);
    return NextResponse.json({ claim: await updateClaim({ actor, claimId: id, input }) });
  },
  { allow: canEditSomeClaims },
);

export const DELETE = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const version = parseExpectedVersion(request);
    return NextResponse.json({ claim: await deleteClaim({ actor, claimId: id, version }) });
  },
  { allow: canEditSomeClaims },
);
