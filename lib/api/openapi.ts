/** The OpenAPI 3.1 description of the JSON API, built from the operation table and the zod schemas. */
import { ZIdParams } from "./params";
import { inputJsonSchema, outputJsonSchema, type JsonSchema } from "./input-json-schema";
import { ERROR_RESPONSES, ERROR_SCHEMA, errorResponseName, SECURITY_SCHEMES } from "./openapi-components";
import { OPERATIONS, TAGS, type OperationSpec } from "./openapi-operations";
import type { OpenApiDocument, OperationObject, ParameterObject } from "./openapi-types";

export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

const DESCRIPTION = [
  "The JSON API of Claimdesk, a fact-check annotation workspace.",
  "Authenticate with an API token (`Authorization: Bearer <token>`, created on the Settings page) or with the next-auth session cookie.",
  'Errors are `{ "error": { "code", "message", "fields"? } }`. Offsets (`start`, `end`) count UTF-16 code units of the article\'s plain text.',
].join("\n\n");

/**
 * Relative to where this document is served (OpenAPI 3.1, 4.8.5.1): each instance describes itself,
 * and a paths key already starts with `/api`. "/" is the one URL ending in a slash Redocly allows.
 */
export const SERVERS = [{ url: "/", description: "The Claimdesk instance that serves this document." }];

/**
 * Claimdesk carries no open-source licence: it is all rights reserved, said in SPDX's own syntax
 * for a licence that is not on its list (`LicenseRef-`).
 */
export const LICENSE = { name: "Proprietary (all rights reserved)", identifier: "LicenseRef-Claimdesk-Proprietary" };

export function buildOpenApiDocument(): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const spec of OPERATIONS) {
    (paths[spec.path] ??= {})[spec.method] = buildOperation(spec);
  }
  return {
    openapi: "3.1.0",
    info: { title: "Claimdesk API", version: "1.0.0", description: DESCRIPTION, license: LICENSE },
    servers: SERVERS,
    jsonSchemaDialect: JSON_SCHEMA_DIALECT,
    tags: TAGS.map((tag) => ({ ...tag })),
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths,
    components: { schemas: { Error: ERROR_SCHEMA }, responses: ERROR_RESPONSES, securitySchemes: SECURITY_SCHEMES },
  };
}

function buildOperation(spec: OperationSpec): OperationObject {
  const parameters = [...pathParameters(spec), ...queryParameters(spec)];
  const { status, description, mediaType = "application/json", schema } = spec.success;
  return {
    operationId: spec.id,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    "x-claimdesk-access": spec.access,
    ...(spec.isPublic ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: inputJsonSchema(spec.body) } } } } : {}),
    responses: {
      [status]: { description, content: { [mediaType]: { schema: outputJsonSchema(schema) } } },
      // Any operation that reaches the database can meet it unreachable.
      ...Object.fromEntries([...spec.errors, 503 as const].map((code) => [code, { $ref: `#/components/responses/${errorResponseName(code)}` }])),
    },
  };
}

function pathParameters(spec: OperationSpec): ParameterObject[] {
  if (!spec.path.includes("{id}")) return [];
  const schema = spec.idDescription ? { type: "string", minLength: 1, maxLength: 200 } : inputJsonSchema(ZIdParams.shape.id);
  return [{ name: "id", in: "path", required: true, description: spec.idDescription ?? "The id (a UUID).", schema }];
}

function queryParameters(spec: OperationSpec): ParameterObject[] {
  if (!spec.query) return [];
  if (Array.isArray(spec.query)) return spec.query;
  const { descriptions } = spec.query;
  const object = inputJsonSchema(spec.query.schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, schema]) => {
    // "One value or many" is, in a query string, simply the parameter repeated.
    const repeated = (schema.anyOf as JsonSchema[] | undefined)?.find((member) => member.type === "array");
    return {
      name,
      in: "query",
      required: object.required?.includes(name) ?? false,
      ...(descriptions[name] ? { description: descriptions[name] } : {}),
      schema: repeated ?? schema,
      ...(repeated ? { style: "form" as const, explode: true } : {}),
    };
  });
}
