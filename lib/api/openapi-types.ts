/** The parts of OpenAPI 3.1 that Claimdesk's document uses. */
import type { JsonSchema } from "./input-json-schema";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export type ParameterObject = {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  style?: "form";
  explode?: boolean;
};

export type RefObject = { $ref: string };

export type ResponseObject = { description: string; content?: Record<string, { schema: JsonSchema | RefObject }> };

export type OperationObject = {
  operationId: string;
  summary: string;
  description?: string;
  tags: [string];
  /** Who may call it, in words ("reviewer+; own claim, or editor+"). */
  "x-claimdesk-access": string;
  /** Present (and empty) only on public operations: they need no credentials. */
  security?: [];
  parameters?: ParameterObject[];
  requestBody?: { required: true; content: { "application/json": { schema: JsonSchema } } };
  responses: Record<string, ResponseObject | RefObject>;
};

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string; description: string }[];
  jsonSchemaDialect: string;
  tags: { name: string; description: string }[];
  security: Record<string, []>[];
  paths: Record<string, Partial<Record<HttpMethod, OperationObject>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    securitySchemes: Record<string, Record<string, string>>;
  };
};
