import { z } from "zod";

/** How a server action says it did not do what was asked: a sentence to show, and the fields at fault. */
export const ZActionFailure = z.object({
  ok: z.literal(false),
  message: z.string(),
  fields: z.record(z.string(), z.array(z.string())).optional(),
});
export type ActionFailure = z.infer<typeof ZActionFailure>;

/** What every server action answers: `{ ok: true, ...what it made }` or an ActionFailure. */
export type ActionResult<T extends object = Record<never, never>> = ({ ok: true } & T) | ActionFailure;
