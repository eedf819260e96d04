import { z } from "zod";

/** POST /api/tokens and the settings form: a name that says where the token is used. */
export const ZCreateToken = z
  .object({
    name: z.string().trim().min(1, "Enter a name for the token.").max(100, "At most 100 characters."),
  })
  .strict();
export type CreateToken = z.infer<typeof ZCreateToken>;
