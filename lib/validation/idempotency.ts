import { z } from "zod";

/** `Idempotency-Key`: 1–200 printable ASCII characters, not starting or ending with a space. */
export const ZIdempotencyKey = z
  .string()
  .min(1, "Give 1 to 200 printable characters.")
  .max(200, "At most 200 characters.")
  .regex(/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/, "Only printable ASCII characters, without spaces at either end.");

/** A create's Idempotency-Key, and a hash of what the request was (method, path, parsed body). */
export type IdempotencyRequest = { key: string; fingerprint: string };
