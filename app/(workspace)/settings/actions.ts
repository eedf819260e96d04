"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/api/action";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { ZCreateToken } from "@/lib/validation/tokens";
import { ZUuid } from "@/lib/validation/users";

export const createToken = authedAction(
  ZCreateToken,
  async ({ actor, input }) => {
    const token = await createApiToken({ actor, input });
    revalidatePath("/settings");
    return { token };
  },
  { fallback: "Could not create the token. Try again." },
);

export const revokeToken = authedAction(
  z.object({ tokenId: ZUuid }).strict(),
  async ({ actor, input }) => {
    await revokeApiToken({ actor, tokenId: input.tokenId });
    revalidatePath("/settings");
    return {};
  },
  { fallback: "Could not revoke the token. Try again.", invalid: "That token does not exist." },
);
