import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/api/route";

export const GET = authedRoute(async ({ actor }) => NextResponse.json({ user: actor }));
