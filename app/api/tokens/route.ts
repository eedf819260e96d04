import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse";
import { readIdempotencyKey } from "@/lib/api/idempotency";
import { authedRoute } from "@/lib/api/route";
import { canManageApiTokens } from "@/lib/policies/permissions";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";
import { ZCreateToken } from "@/lib/validation/tokens";

export const GET = authedRoute(async ({ actor }) => NextResponse.json({ tokens: await listApiTokens({ actor }) }), {
  allow: canManageApiTokens,
});

// The only response that ever carries the secret: keep it out of every cache. Made by a person
// signed in, never by another token (which, once revoked, would leave its offspring working).
export const POST = authedRoute(
  async ({ request, actor }) => {
    const input = await parseJsonBody(request, ZCreateToken);
    const idempotency = readIdempotencyKey(request, input);
    return NextResponse.json(await createApiToken({ actor, input, idempotency }), { status: 201, headers: { "Cache-Control": "no-store" } });
  },
  { allow: canManageApiTokens, sessionOnly: true },
);
