/** Parsing request input with zod: every failure becomes a 4xx naming the field. */
import type { z } from "zod";
import { NotFoundError, ValidationError, type FieldErrors } from "@/lib/errors";
import { unstorableTextFields } from "@/lib/validation/storable-text";

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Field errors by path. Keyed on a prototype-less object: a field named `__proto__` or `constructor` is a field like any other. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = Object.create(null) as FieldErrors;
  for (const issue of error.issues) {
    // An unknown field is named itself, not its parent object.
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) {
      const key = path.length ? path.join(".") : "_";
      (fields[key] ??= []).push(issue.code === "unrecognized_keys" ? "Unknown field." : issue.message);
    }
  }
  return fields;
}

/** Text the database cannot store is refused first, naming its field (lib/validation/storable-text.ts). */
export function refuseUnstorableText(value: unknown): void {
  const fields = unstorableTextFields(value);
  if (Object.keys(fields).length) throw new ValidationError("Some fields hold text that cannot be stored.", fields);
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  refuseUnstorableText(value);
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ValidationError("Some fields are invalid.", fieldErrorsFrom(result.error));
  }
  return result.data;
}

/** Reads a JSON body (refusing oversize or malformed bodies) and validates it. */
export async function parseJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) throw new ValidationError("The request body is too large.", { _: ["Body exceeds 2 MB."] }, 413);
  const raw = await request.text();
  // Content-Length may be absent (chunked) or wrong; measure the body itself, in bytes, not characters.
  if (Buffer.byteLength(raw, "utf8") > MAX_BODY_BYTES) throw new ValidationError("The request body is too large.", { _: ["Body exceeds 2 MB."] }, 413);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new ValidationError("The request body is not valid JSON.", { _: ["Invalid JSON."] });
  }
  return parseWith(schema, body);
}

/** Path parameters: one that does not parse, or holds text Postgres cannot store (a `%00`), names nothing: 404. */
export function parseParams<T extends z.ZodType>(schema: T, params: unknown): z.infer<T> {
  const result = schema.safeParse(params);
  if (!result.success || Object.keys(unstorableTextFields(params)).length > 0) throw new NotFoundError();
  return result.data;
}
