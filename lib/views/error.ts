import { z } from "zod";

export const ERROR_CODES = ["invalid_input", "unauthorized", "forbidden", "not_found", "conflict", "too_many_requests", "unavailable", "internal"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every error answer: `{ error: { code, message, fields? } }`, plus details such as a 409's current record. */
export const ZErrorView = z.object({
  error: z.looseObject({
    code: z.enum(ERROR_CODES),
    message: z.string().describe("A sentence for people."),
    fields: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('Problems per field, by dotted path ("selector.end"); "_" is the body as a whole.'),
  }),
});
export type ErrorView = z.infer<typeof ZErrorView>;
