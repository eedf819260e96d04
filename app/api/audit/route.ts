import { NextResponse } from "next/server";
import { parseWith } from "@/lib/api/parse";
import { authedRoute } from "@/lib/api/route";
import { listAuditEntries } from "@/lib/data/audit/list-audit";
import { canViewAuditLog } from "@/lib/policies/permissions";
import { ZAuditQuery } from "@/lib/validation/audit";

export const GET = authedRoute(
  async ({ request, actor }) => {
    const query = parseWith(ZAuditQuery, Object.fromEntries(new URL(request.url).searchParams));
    return NextResponse.json(await listAuditEntries({ actor, query }));
  },
  { allow: canViewAuditLog },
);
