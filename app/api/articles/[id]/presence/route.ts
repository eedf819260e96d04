import { NextResponse } from "next/server";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { clearPresence, listPresence, setPresence } from "@/lib/data/presence/article-presence";
import { canReadArticles } from "@/lib/policies/permissions";
import { ZSetPresence } from "@/lib/validation/live";

export const GET = authedRoute<{ id: string }>(
  async ({ actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    return NextResponse.json({ users: await listPresence({ actor, articleId: id }) });
  },
  { allow: canReadArticles },
);

export const PUT = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const { claimId } = await parseJsonBody(request, ZSetPresence);
    await setPresence({ actor, articleId: id, claimId });
    return NextResponse.json({ users: await listPresence({ actor, articleId: id }) });
  },
  { allow: canReadArticles },
);

export const DELETE = authedRoute<{ id: string }>(
  async ({ actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    await clearPresence({ actor, articleId: id });
    return NextResponse.json({ users: await listPresence({ actor, articleId: id }) });
  },
  { allow: canReadArticles },
);
