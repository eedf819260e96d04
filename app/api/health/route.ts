import { NextResponse } from "next/server";
import { isDatabaseReachable } from "@/lib/data/health/is-database-reachable";

export const dynamic = "force-dynamic";

/** Public liveness probe: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const isUp = await isDatabaseReachable();
  return NextResponse.json(
    { status: isUp ? "ok" : "degraded", database: isUp ? "ok" : "unavailable" },
    { status: isUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
