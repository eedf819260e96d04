import { NextResponse } from "next/server";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { readIdempotencyKey } from "@/lib/api/idempotency";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canAddSource } from "@/lib/policies/permissions";
import { createSource } from "@/lib/data/sources/create-source";
import { ZCreateSource } from "@/lib/validation/claims";

export const POST = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const input = await parseJsonBody(request, ZCreateSource);
    const idempotency = readIdempotencyKey(request, input);
    return NextResponse.json({ source: await createSource({ actor, claimId: id, input, idempotency }) }, { status: 201 });
  },
  { allow: canAddSource },
);
