import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/api/route";
import { canManageUsers } from "@/lib/policies/permissions";
import { listUsers } from "@/lib/data/users/list-users";

export const GET = authedRoute(async ({ actor }) => NextResponse.json({ users: await listUsers({ actor }) }), {
  allow: canManageUsers,
});
