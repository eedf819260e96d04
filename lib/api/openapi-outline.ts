/** The OpenAPI document reshaped for reading: operations grouped by tag, $refs resolved to their descriptions. */
import type { JsonSchema } from "./input-json-schema";
import type { HttpMethod, OpenApiDocument, ParameterObject, RefObject, ResponseObject } from "./openapi-types";

export type OutlinedOperation = {
  id: string;
  method: HttpMethod;
  path: string;
  summary: string;
  description?: string;
  access: string;
  isPublic: boolean;
  parameters: ParameterObject[];
  requestSchema?: JsonSchema;
  responses: { status: string; description: string }[];
};

export type OutlinedGroup = { name: string; description: string; operations: OutlinedOperation[] };

export function outlineOpenApiDocument(document: OpenApiDocument): OutlinedGroup[] {
  const groups = document.tags.map((tag): OutlinedGroup => ({ ...tag, operations: [] }));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const group = groups.find((candidate) => candidate.name === operation.tags[0]);
      group?.operations.push({
        id: operation.operationId,
        method: method as HttpMethod,
        path,
        summary: operation.summary,
        description: operation.description,
        access: operation["x-claimdesk-access"],
        isPublic: operation.security !== undefined && operation.security.length === 0,
        parameters: operation.parameters ?? [],
        requestSchema: operation.requestBody?.content["application/json"].schema,
        responses: Object.entries(operation.responses).map(([status, response]) => ({
          status,
          description: resolveResponse(document, response).description,
        })),
      });
    }
  }
  return groups.filter((group) => group.operations.length > 0);
}

function resolveResponse(document: OpenApiDocument, response: ResponseObject | RefObject): ResponseObject {
  if (!("$ref" in response)) return response;
  const name = response.$ref.replace("#/components/responses/", "");
  return document.components.responses[name] ?? { description: response.$ref };
}
