import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse";
import { authedRoute } from "@/lib/api/route";
import { markMentionsSeen } from "@/lib/data/work/list-my-work";
import { ZMarkMentionsSeen } from "@/lib/validation/comments";

export const POST = authedRoute(async ({ request, actor }) => {
  const { claimId } = await parseJsonBody(request, ZMarkMentionsSeen);
  return NextResponse.json({ seen: await markMentionsSeen({ actor, claimId }) });
});
