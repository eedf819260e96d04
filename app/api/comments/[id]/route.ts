import { NextResponse } from "next/server";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { deleteComment } from "@/lib/data/comments/delete-comment";
import { updateComment } from "@/lib/data/comments/update-comment";
import { canComment } from "@/lib/policies/permissions";
import { ZUpdateComment } from "@/lib/validation/comments";

// Viewers are refused outright; whose comment or thread it is, is checked per record in the data layer.
export const PATCH = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const input = await parseJsonBody(request, ZUpdateComment);
    return NextResponse.json({ comment: await updateComment({ actor, commentId: id, input }) });
  },
  { allow: canComment },
);

export const DELETE = authedRoute<{ id: string }>(
  async ({ actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    return NextResponse.json({ comment: await deleteComment({ actor, commentId: id }) });
  },
  { allow: canComment },
);
