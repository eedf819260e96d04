/** Server configuration read from the environment, validated where it is read. */
import { z } from "zod";
import { ZHttpUrl } from "@/lib/validation/articles-url";

const ZEnv = z.object({
  /** The app's public URL (absolute links in exports); the request's own origin when unset. */
  NEXTAUTH_URL: z.url().optional(),
  /** The organisation named as the author of ClaimReview output. */
  CLAIMDESK_ORG_NAME: z.string().min(1).default("Claimdesk"),
  /** Its website (ClaimReview `author.url`); the app's public URL when unset. */
  CLAIMDESK_ORG_URL: ZHttpUrl.optional(),
  /**
   * Where the organisation publishes its fact-checks: ClaimReview `url` is `<this>/<article slug>#claim-<id>`.
   * Unset (development), it is the claim in Claimdesk itself, which only signed-in users can open.
   */
  CLAIMDESK_FACTCHECK_BASE_URL: ZHttpUrl.optional(),
  /** Set by `npm run dev` / `npm start` when the demo accounts exist: the sign-in page lists them. */
  CLAIMDESK_DEMO: z
    .string()
    .optional()
    .transform((value) => value === "1"),
  /** Failed sign-ins allowed per account and per client address within the window before a wait. */
  CLAIMDESK_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  CLAIMDESK_SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86_400).default(900),
  /** Live streams one user, and one client address, may hold open at once (per app instance). */
  CLAIMDESK_MAX_STREAMS_PER_USER: z.coerce.number().int().min(1).max(10_000).default(20),
  CLAIMDESK_MAX_STREAMS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(200),
  /** Time one article body may take to convert (in a worker thread) before the import is refused. */
  CLAIMDESK_IMPORT_TIME_LIMIT_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
});

export type Env = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return ZEnv.parse(source);
}
