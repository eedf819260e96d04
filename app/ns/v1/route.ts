import { NextResponse } from "next/server";
import { readEnv } from "@/lib/env";
import { claimdeskContextDocument } from "@/lib/export/jsonld-context";
import { publicationOf } from "@/lib/export/publication";

/**
 * Claimdesk's JSON-LD context, named by every W3C export's `@context`. Public (proxy.ts lets /ns/
 * through without a session): JSON-LD processors fetch it without credentials, from anywhere,
 * hence `Access-Control-Allow-Origin: *` (it holds no data; no cookie is read). The same for a
 * day at a time: it changes only with a new version, at a new path.
 */
export function GET(request: Request) {
  const { baseUrl } = publicationOf(readEnv(), new URL(request.url).origin);
  return NextResponse.json(claimdeskContextDocument(baseUrl), {
    headers: {
      "Content-Type": "application/ld+json; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
