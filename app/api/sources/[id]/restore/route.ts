import { NextResponse } from "next/server";
import { parseParams } from "@/lib/api/parse";
import { parseExpectedVersion } from "@/lib/api/expected-version";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canAddSource } from "@/lib/policies/permissions";
import { restoreSource } from "@/lib/data/sources/delete-source";

export const POST = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const version = parseExpectedVersion(request);
    return NextResponse.json({ source: await restoreSource({ actor, sourceId: id, version }) });
  },
  { allow: canAddSource },
);
