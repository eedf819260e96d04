import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { outlineOpenApiDocument } from "./openapi-outline";

describe("outlineOpenApiDocument", () => {
  const document = buildOpenApiDocument();
  const groups = outlineOpenApiDocument(document);
  const all = groups.flatMap((group) => group.operations);

  it("keeps every operation, grouped under its tag in the document's tag order", () => {
    const count = Object.values(document.paths).reduce((sum, item) => sum + Object.keys(item).length, 0);
    expect(all).toHaveLength(count);
    expect(groups.map((group) => group.name)).toEqual(document.tags.map((tag) => tag.name));
  });

  it("resolves error responses to their descriptions and marks public operations", () => {
    const createClaim = all.find((operation) => operation.id === "createClaim");
    expect(createClaim).toMatchObject({ method: "post", path: "/api/articles/{id}/claims", access: "reviewer+", isPublic: false });
    expect(createClaim?.responses.find((response) => response.status === "422")?.description).toMatch(/selector/);
    expect(createClaim?.requestSchema).toMatchObject({ type: "object", required: ["selector"] });
    expect(all.find((operation) => operation.path === "/api/health")?.isPublic).toBe(true);
  });
});
