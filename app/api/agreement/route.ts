import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/api/route";
import { getWorkspaceAgreement } from "@/lib/data/agreement/get-agreement";
import { canSeeWorkspaceAgreement } from "@/lib/policies/permissions";

export const GET = authedRoute(async ({ actor }) => NextResponse.json(await getWorkspaceAgreement({ actor })), { allow: canSeeWorkspaceAgreement });
