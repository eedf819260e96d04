import { NextResponse } from "next/server";
import { z } from "zod";
import { parseParams } from "@/lib/api/parse";
import { authedRoute } from "@/lib/api/route";
import { signOutEverywhere } from "@/lib/data/users/user-sessions";
import { canManageUsers } from "@/lib/policies/permissions";
import { ZUuid } from "@/lib/validation/users";

const ZParams = z.object({ id: ZUuid });

/** Signs the user out everywhere: every browser session of theirs ends (API tokens are revoked apart). */
export const DELETE = authedRoute<{ id: string }>(
  async ({ actor, params }) => {
    const { id } = parseParams(ZParams, params);
    return NextResponse.json({ ended: await signOutEverywhere({ actor, userId: id }) });
  },
  { allow: canManageUsers },
);
