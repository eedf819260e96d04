import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/api/route";
import { listPeople } from "@/lib/data/users/list-people";
import { canReadArticles } from "@/lib/policies/permissions";

export const GET = authedRoute(async ({ actor }) => NextResponse.json({ people: await listPeople({ actor }) }), { allow: canReadArticles });
