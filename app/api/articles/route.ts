import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/api/route";
import { listArticles } from "@/lib/data/articles/list-articles";

export const GET = authedRoute(async ({ actor }) => NextResponse.json({ articles: await listArticles({ actor }) }));
