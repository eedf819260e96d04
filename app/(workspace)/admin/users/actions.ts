"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/api/action";
import { updateUserRole } from "@/lib/data/users/update-user-role";
import { signOutEverywhere } from "@/lib/data/users/user-sessions";
import { z } from "zod";
import { ZUpdateUserRole, ZUuid } from "@/lib/validation/users";

export const changeUserRole = authedAction(
  ZUpdateUserRole.extend({ userId: ZUuid }),
  async ({ actor, input: { userId, role } }) => {
    await updateUserRole({ actor, userId, input: { role } });
    revalidatePath("/admin/users");
    return {};
  },
  { fallback: "Could not save the role. Try again." },
);

export const signUserOutEverywhere = authedAction(
  z.strictObject({ userId: ZUuid }),
  async ({ actor, input: { userId } }) => ({ ended: await signOutEverywhere({ actor, userId }) }),
  { fallback: "Could not sign them out. Try again." },
);
