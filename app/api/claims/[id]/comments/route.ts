import { NextResponse } from "next/server";
import { readIdempotencyKey } from "@/lib/api/idempotency";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { createComment } from "@/lib/data/comments/create-comment";
import { listComments } from "@/lib/data/comments/list-comments";
import { canComment, canReadArticles } from "@/lib/policies/permissions";
import { ZCreateComment } from "@/lib/validation/comments";

export const GET = authedRoute<{ id: string }>(
  async ({ actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    return NextResponse.json({ comments: await listComments({ actor, claimId: id }) });
  },
  { allow: canReadArticles },
);

export const POST = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const input = await parseJsonBody(request, ZCreateComment);
    const idempotency = readIdempotencyKey(request, input);
    return NextResponse.json({ comment: await createComment({ actor, claimId: id, input, idempotency }) }, { status: 201 });
  },
  { allow: canComment },
);
