import { NextResponse } from "next/server";
import { z } from "zod";
import { parseParams } from "@/lib/api/parse";
import { authedRoute } from "@/lib/api/route";
import { getArticle } from "@/lib/data/articles/get-article";

const ZParams = z.object({ id: z.string().min(1).max(200) });

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => {
  const { id } = parseParams(ZParams, params);
  return NextResponse.json({ article: await getArticle({ actor, idOrSlug: id }) });
});
