import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as articleSchemas from "@/lib/validation/articles";
import * as claimSchemas from "@/lib/validation/claims";
import * as commentSchemas from "@/lib/validation/comments";
import * as liveSchemas from "@/lib/validation/live";
import * as reviewSchemas from "@/lib/validation/reviews";
import * as tokenSchemas from "@/lib/validation/tokens";
import * as userSchemas from "@/lib/validation/users";
import { ZCreateClaim } from "@/lib/validation/claims";
import { buildOpenApiDocument } from "./openapi";
import { OPERATIONS } from "./openapi-operations";
import type { HttpMethod, OperationObject, ResponseObject } from "./openapi-types";
import { outputJsonSchema } from "./input-json-schema";
import { ZClaimView } from "@/lib/views/claim";
import { ZOpenApiDocumentView } from "@/lib/views/service";

const ROOT = path.resolve(import.meta.dirname, "../..");
const document = buildOpenApiDocument();

/** "/api/articles/{id}/claims" is served by app/api/articles/[id]/claims/route.ts. */
const routeFileOf = (apiPath: string) => path.join(ROOT, "app", ...apiPath.replace(/^\//, "").replace(/\{(\w+)\}/g, "[$1]").split("/"), "route.ts");

function routeFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFilesUnder(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

function exportedMethods(source: string): string[] {
  const declared = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
  const reexported = [...source.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
  return [...declared, ...reexported].map((method) => method.toLowerCase()).sort();
}

const operations = Object.entries(document.paths).flatMap(([apiPath, item]) =>
  Object.entries(item).map(([method, operation]) => ({ apiPath, method: method as HttpMethod, operation: operation as OperationObject })),
);

/** The body parsers of lib/api/article-input.ts, by the schema each reads the request with. */
const BODY_PARSERS: Record<string, string> = Object.fromEntries(
  [...readFileSync(path.join(ROOT, "lib/api/article-input.ts"), "utf8").matchAll(/export async function (\w+)\(request: Request\)[^]*?parseJsonBody\(request, (Z\w+)\)/g)].map(
    (m) => [m[1]!, m[2]!],
  ),
);

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1.0 in the JSON Schema 2020-12 dialect", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.jsonSchemaDialect).toBe(z.toJSONSchema(z.string()).$schema);
  });

  it.each(Object.keys(document.paths))("documents %s, which exists as a route file exporting exactly the documented methods", (apiPath) => {
    const source = readFileSync(routeFileOf(apiPath), "utf8");
    expect(exportedMethods(source)).toEqual(Object.keys(document.paths[apiPath]!).sort());
  });

  it("documents every route under app/api except next-auth's own", () => {
    const documented = new Set(Object.keys(document.paths).map(routeFileOf));
    const files = routeFilesUnder(path.join(ROOT, "app", "api")).filter((file) => !file.includes(`${path.sep}auth${path.sep}`));
    expect(files.filter((file) => !documented.has(file)).map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it("generates the body of POST /api/articles/{id}/claims from ZCreateClaim itself", () => {
    const { $schema, ...expected } = z.toJSONSchema(ZCreateClaim, { io: "input" });
    expect($schema).toBe(document.jsonSchemaDialect);
    expect(document.paths["/api/articles/{id}/claims"]?.post?.requestBody?.content["application/json"].schema).toEqual(expected);
  });

  it("documents, for every route that parses a JSON body, the schema it parses with", () => {
    const schemasByName: Record<string, unknown> = { ...articleSchemas, ...claimSchemas, ...commentSchemas, ...liveSchemas, ...reviewSchemas, ...tokenSchemas, ...userSchemas };
    for (const apiPath of Object.keys(document.paths)) {
      const source = readFileSync(routeFileOf(apiPath), "utf8");
      const parsedWith = [...source.matchAll(new RegExp(`parseJsonBody\\(request, (Z\\w+)\\)|(${Object.keys(BODY_PARSERS).join("|")})\\(request\\)`, "g"))].map(
        (m) => schemasByName[m[1] ?? BODY_PARSERS[m[2]!] ?? ""],
      );
      const documented = OPERATIONS.filter((spec) => spec.path === apiPath && spec.body).map((spec) => spec.body);
      expect(parsedWith.every(Boolean), `${apiPath} parses with a schema from lib/validation`).toBe(true);
      expect(documented.length, apiPath).toBe(parsedWith.length);
      documented.forEach((schema, index) => expect(schema, apiPath).toBe(parsedWith[index]));
    }
  });

  it("requires a token or the session cookie everywhere but health and this document", () => {
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(["bearerToken", "sessionCookie"]);
    expect(document.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie" });
    expect(document.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
    const publicOperations = operations.filter(({ operation }) => operation.security).map(({ apiPath }) => apiPath);
    expect(publicOperations.sort()).toEqual(["/api/health", "/api/openapi.json"]);
    for (const { operation } of operations) expect(operation["x-claimdesk-access"]).toEqual(expect.any(String));
  });

  it("answers protected operations' errors with the shared error shape", () => {
    for (const { apiPath, operation } of operations) {
      if (operation.security) continue;
      expect(operation.responses["401"], apiPath).toEqual({ $ref: "#/components/responses/Error401" });
    }
    expect(document.components.responses.Error400?.content?.["application/json"]?.schema).toEqual({ $ref: "#/components/schemas/Error" });
    expect(document.components.schemas.Error).toMatchObject({ required: ["error"], properties: { error: { required: ["code", "message"] } } });
  });

  it("resolves every $ref", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const target = ref.split("/").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect(target, ref).toBeDefined();
    }
  });

  it("documents the export filters as query parameters, articleId repeatable", () => {
    const params = (apiPath: string) =>
      Object.fromEntries((document.paths[apiPath]?.get?.parameters ?? []).filter((p) => p.in === "query").map((p) => [p.name, p]));
    const all = params("/api/export.csv");
    expect(Object.keys(all).sort()).toEqual(["articleId", "author", "bom", "from", "layout", "status", "to", "verdict"]);
    expect(all.articleId).toMatchObject({ required: false, style: "form", explode: true, schema: { type: "array", items: { format: "uuid" } } });
    expect(all.layout?.schema).toMatchObject({ enum: expect.arrayContaining(["sources"]) });
    expect(all.bom?.schema).toMatchObject({ enum: expect.arrayContaining(["0"]) });
    expect(all.from?.schema).toMatchObject({ type: "string" });
    expect(Object.keys(params("/api/articles/{id}/export.csv"))).not.toContain("articleId");
    expect(params("/api/articles/{id}/export.jsonld").format?.schema).toMatchObject({ enum: ["w3c", "claimreview"] });
  });

  it("gives every operation a unique operationId and a known tag", () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const tags = new Set(document.tags.map((tag) => tag.name));
    for (const { operation } of operations) expect(tags.has(operation.tags[0])).toBe(true);
  });

  it("gives every response a real schema: no object without the properties it has", () => {
    const bare: string[] = [];
    const visit = (node: unknown, at: string) => {
      if (!node || typeof node !== "object") return;
      const schema = node as Record<string, unknown>;
      const hasShape =
        Object.keys((schema.properties as object | undefined) ?? {}).length > 0 ||
        (typeof schema.additionalProperties === "object" && Object.keys(schema.additionalProperties as object).length > 0);
      if (schema.type === "object" && !hasShape) bare.push(at);
      for (const [key, value] of Object.entries(schema)) visit(value, `${at}/${key}`);
    };
    for (const { apiPath, method, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if ("$ref" in response) continue;
        for (const [mediaType, { schema }] of Object.entries(response.content ?? {})) visit(schema, `${method} ${apiPath} ${status} ${mediaType}`);
      }
    }
    visit(document.components.schemas, "components/schemas");
    expect(bare).toEqual([]);
  });

  it("is itself what it documents GET /api/openapi.json to answer", () => {
    expect(() => ZOpenApiDocumentView.parse(document)).not.toThrow();
  });

  it("documents the answers with the views themselves", () => {
    const created = document.paths["/api/articles/{id}/claims"]?.post?.responses["201"] as ResponseObject;
    expect(created.content?.["application/json"]?.schema).toEqual(outputJsonSchema(z.object({ claim: ZClaimView })));
    const reviews = document.paths["/api/articles/{id}/export.jsonld"]?.get?.responses["200"] as ResponseObject;
    expect(JSON.stringify(reviews.content?.["application/ld+json"]?.schema)).toContain('"type":"array"');
  });
});
