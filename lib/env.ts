/** Server configuration read from the environment, validated once. */
import { z } from "zod";

const ZEnv = z.object({
  DATABASE_URL: z.string().min(1),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  CLAIMDESK_ORG_NAME: z.string().min(1).default("Claimdesk"),
});

export type Env = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return ZEnv.parse(source);
}
