/** Header and query parameters that several operations share. */
import type { ParameterObject } from "./openapi-types";

export const EXPECTED_VERSION_PARAMETERS: ParameterObject[] = [
  { name: "If-Match", in: "header", required: false, description: 'The version you read (`"3"` or `3`): when it is stale, 409 with `error.current`.', schema: { type: "string", pattern: '^(W/)?"?\\d{1,9}"?$' } },
  { name: "version", in: "query", required: false, description: "The same, for clients that cannot set headers.", schema: { type: "string", pattern: "^\\d{1,9}$" } },
];

export const IDEMPOTENCY_PARAMETERS: ParameterObject[] = [
  {
    name: "Idempotency-Key",
    in: "header",
    required: false,
    description: "Any 1–200 printable characters, new for each create and the same on every retry of it: a repeat within 24 hours gets the first answer (same status, body and id) and creates nothing; the same key with a different body is a 422.",
    schema: { type: "string", minLength: 1, maxLength: 200 },
  },
];
