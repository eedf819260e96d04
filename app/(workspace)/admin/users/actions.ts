"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { updateUserRole } from "@/lib/data/users/update-user-role";
import { AppError } from "@/lib/errors";
import { ZUpdateUserRole, ZUuid } from "@/lib/validation/users";

export type ActionResult = { ok: true } | { ok: false; message: string };

const ZInput = ZUpdateUserRole.extend({ userId: ZUuid });

export async function changeUserRole(input: z.input<typeof ZInput>): Promise<ActionResult> {
  try {
    const actor = await requireActor();
    const parsed = ZInput.safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid input." };
    await updateUserRole({ actor, userId: parsed.data.userId, input: { role: parsed.data.role } });
    revalidatePath("/admin/users");
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    console.error(error);
    return { ok: false, message: "Could not save the role. Try again." };
  }
}
