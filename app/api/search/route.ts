import { NextResponse } from "next/server";
import { parseWith } from "@/lib/api/parse";
import { authedRoute } from "@/lib/api/route";
import { searchClaims } from "@/lib/data/search/search-claims";
import { canReadArticles } from "@/lib/policies/permissions";
import { searchParamsToObject } from "@/lib/validation/export";
import { ZSearchQuery } from "@/lib/validation/search";

export const GET = authedRoute(
  async ({ request, actor }) => {
    const query = parseWith(ZSearchQuery, searchParamsToObject(new URL(request.url).searchParams));
    return NextResponse.json(await searchClaims({ actor, query }));
  },
  { allow: canReadArticles },
);
