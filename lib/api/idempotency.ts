/** Reads a create's `Idempotency-Key` header: the key, and a fingerprint of the request it came with. */
import { createHash } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { ZIdempotencyKey, type IdempotencyRequest } from "@/lib/validation/idempotency";
import { fieldErrorsFrom } from "./parse";

export function readIdempotencyKey(request: Request, input: unknown): IdempotencyRequest | undefined {
  const header = request.headers.get("idempotency-key");
  if (header === null) return undefined;
  const parsed = ZIdempotencyKey.safeParse(header);
  if (!parsed.success) {
    throw new ValidationError("The Idempotency-Key header is invalid.", { "Idempotency-Key": fieldErrorsFrom(parsed.error)._ ?? ["Invalid."] });
  }
  const fingerprint = createHash("sha256").update(`${request.method} ${new URL(request.url).pathname}\n${JSON.stringify(input)}`).digest("base64url");
  return { key: parsed.data, fingerprint };
}
