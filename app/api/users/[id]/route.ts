import { NextResponse } from "next/server";
import { z } from "zod";
import { parseJsonBody, parseParams } from "@/lib/api/parse";
import { authedRoute } from "@/lib/api/route";
import { canManageUsers } from "@/lib/policies/permissions";
import { updateUserRole } from "@/lib/data/users/update-user-role";
import { ZUpdateUserRole, ZUuid } from "@/lib/validation/users";

const ZParams = z.object({ id: ZUuid });

export const PATCH = authedRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { id } = parseParams(ZParams, params);
  const input = await parseJsonBody(request, ZUpdateUserRole);
  return NextResponse.json({ user: await updateUserRole({ actor, userId: id, input }) });
}, { allow: canManageUsers });
