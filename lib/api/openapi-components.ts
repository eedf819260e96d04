/** Reusable parts of the OpenAPI document: the error shape, the error responses, the ways to authenticate. */
import { ZErrorView } from "@/lib/views/error";
import { outputJsonSchema, type JsonSchema } from "./input-json-schema";
import type { ResponseObject } from "./openapi-types";

/** What lib/api/respond.ts sends for every error. */
export const ERROR_SCHEMA: JsonSchema = outputJsonSchema(ZErrorView);

export const ERROR_STATUSES = [400, 401, 403, 404, 409, 413, 422, 429, 503] as const;
export type ErrorStatus = (typeof ERROR_STATUSES)[number];

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: "Bad input: invalid JSON, a missing or invalid field, or an unknown field. `fields` names each one.",
  401: "Not signed in, or the Bearer token is unknown or revoked.",
  403: "Signed in, but the role does not allow this.",
  404: "No such resource (or not yours to see).",
  409: "Conflict: a stale `version` (the body carries the current record), or a change that is not allowed.",
  413: "The body is over 2 MB, or (an article import) too complex to convert: `fields` names the limit.",
  422: "Well-formed, but it does not fit the data (a selector that does not match the article text, an unknown assignee).",
  429: "Over a limit (open live streams per user or per address): wait `Retry-After` seconds.",
  503: "The database is unreachable (an outage or a restart): nothing was changed; try again after `Retry-After` seconds.",
};

export function errorResponseName(status: ErrorStatus): string {
  return `Error${status}`;
}

export const ERROR_RESPONSES: Record<string, ResponseObject> = Object.fromEntries(
  ERROR_STATUSES.map((status) => [
    errorResponseName(status),
    { description: ERROR_DESCRIPTIONS[status], content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  ]),
);

export const SECURITY_SCHEMES = {
  bearerToken: {
    type: "http",
    scheme: "bearer",
    description:
      "An API token created on the Settings page (`cdk_…`), sent as `Authorization: Bearer <token>`. It acts as its owner, with the owner's current role. A request with an Authorization header is judged by the token alone.",
  },
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: "next-auth.session-token",
    description:
      "The next-auth session cookie, from signing in (`GET /api/auth/csrf`, then `POST /api/auth/callback/credentials`). Over HTTPS it is named `__Secure-next-auth.session-token`.",
  },
};
