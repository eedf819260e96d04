import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/api/route";
import { listMyWork } from "@/lib/data/work/list-my-work";

export const GET = authedRoute(async ({ actor }) => NextResponse.json(await listMyWork({ actor })));
