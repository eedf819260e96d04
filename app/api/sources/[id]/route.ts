import { NextResponse } from "next/server";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { parseExpectedVersion } from "@/lib/api/expected-version";
import { ZIdParams } from "@/lib/api/params";
import { authedRoute } from "@/lib/api/route";
import { canAddSource } from "@/lib/policies/permissions";
import { deleteSource } from "@/lib/data/sources/delete-source";
import { updateSource } from "@/lib/data/sources/update-source";
import { ZUpdateSource } from "@/lib/validation/claims";

export const PATCH = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const input = await parseJsonBody(request, ZUpdateSource);
    return NextResponse.json({ source: await updateSource({ actor, sourceId: id, input }) });
  },
  { allow: canAddSource },
);

export const DELETE = authedRoute<{ id: string }>(
  async ({ request, actor, params }) => {
    const { id } = parseParams(ZIdParams, params);
    const version = parseExpectedVersion(request);
    return NextResponse.json({ deleted: await deleteSource({ actor, sourceId: id, version }) });
  },
  { allow: canAddSource },
);
