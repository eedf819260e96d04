import { NextResponse } from "next/server";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { assignClaims } from "@/lib/data/claims/assign-claims";
import { canAssignClaims } from "@/lib/policies/permissions";
import { ZAssignClaims } from "@/lib/validation/claims";

/** Bulk assignment: idempotent by nature (the same request again changes nothing), so no key is needed. */
export const POST = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const input = await parseJsonBody(request, ZAssignClaims);
    return NextResponse.json({ claims: await assignClaims({ actor, articleId: id, input }) });
  },
  { allow: canAssignClaims },
);
