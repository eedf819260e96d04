import { NextResponse } from "next/server";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { setVerdict } from "@/lib/data/claims/set-verdict";
import { canEditSomeClaims } from "@/lib/policies/permissions";
import { ZSetVerdict } from "@/lib/validation/reviews";

// Viewers are refused outright; who may rule on this claim (its policy, its author) is checked in the data layer.
export const PUT = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const input = await parseJsonBody(request, ZSetVerdict);
    return NextResponse.json({ claim: await setVerdict({ actor, claimId: id, input }) });
  },
  { allow: canEditSomeClaims },
);
