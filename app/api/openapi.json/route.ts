import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";

// Public: it describes the API and reveals no data. The same for everyone, so built once.
export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(buildOpenApiDocument());
}
