import { NextResponse } from "next/server";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { readIdempotencyKey } from "@/lib/api/idempotency";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canCreateClaim } from "@/lib/policies/permissions";
import { createClaim } from "@/lib/data/claims/create-claim";
import { listClaimsForArticle } from "@/lib/data/claims/list-claims";
import { ZCreateClaim } from "@/lib/validation/claims";

export const GET = authedRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { id } = parseParams(ZIdParams, params);
  const includeDeleted = new URL(request.url).searchParams.get("deleted") === "1";
  return NextResponse.json({ claims: await listClaimsForArticle({ actor, articleId: id, includeDeleted }) });
});

export const POST = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const input = await parseJsonBody(request, ZCreateClaim);
    const idempotency = readIdempotencyKey(request, input);
    return NextResponse.json({ claim: await createClaim({ actor, articleId: id, input, idempotency }) }, { status: 201 });
  },
  { allow: canCreateClaim },
);
