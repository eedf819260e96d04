/**
 * A client generated from the OpenAPI document with openapi-typescript knows the response shapes:
 * a small sample that reads a created claim's id and quote, and the JSON-LD export (a ClaimReview
 * array, or the W3C collection), type-checks; one that reads a field the claim does not have, or
 * treats the ClaimReview array as one object, is refused.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-openapi-client-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE = `import type { paths } from "./api";
type Created = paths["/api/articles/{id}/claims"]["post"]["responses"][201]["content"]["application/json"];
declare const created: Created;
export const id: string = created.claim.id;
export const exact: string = created.claim.selector.exact;
export const start: number = created.claim.selector.start;
export const verdict: "true" | "mostly-true" | "half-true" | "mostly-false" | "false" | "misleading" | "unproven" | null = created.claim.verdict;
type Exported = paths["/api/articles/{id}/export.jsonld"]["get"]["responses"][200]["content"]["application/ld+json"];
declare const exported: Exported;
export const reviewUrls: string[] = Array.isArray(exported) ? exported.map((review) => review.url) : [];
export const ratings: string[] = Array.isArray(exported) ? exported.map((review) => review.reviewRating.name) : [];
const collection = !Array.isArray(exported) && exported.type === "AnnotationCollection" ? exported : null;
export const annotationIds: string[] = collection ? collection.first.items.map((item) => item.id) : [];
export const stances: string[] = collection ? collection.first.items.flatMap((item) => (item.body ?? []).flatMap((body) => (body.type === "SpecificResource" ? [body.stance] : []))) : [];
export const lastPage: string | undefined = collection?.last;
`;

function typeErrors(files: Record<string, string>): string[] {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const program = ts.createProgram(
    Object.keys(files).map((name) => path.join(dir, name)),
    { strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  );
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

describe("a client generated with openapi-typescript", () => {
  it("types a created claim's id and selector from the document", { timeout: 60_000 }, async () => {
    const api = astToString(await openapiTS(buildOpenApiDocument() as unknown as Parameters<typeof openapiTS>[0]));
    expect(typeErrors({ "api.ts": api, "sample.ts": SAMPLE })).toEqual([]);
  });

  it("refuses a field the claim does not have", { timeout: 60_000 }, async () => {
    const api = astToString(await openapiTS(buildOpenApiDocument() as unknown as Parameters<typeof openapiTS>[0]));
    const errors = typeErrors({ "api.ts": api, "sample.ts": `${SAMPLE}export const nope = created.claim.notAField;\n` });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/notAField/);
  });

  it("refuses reading the ClaimReview export as a single object", { timeout: 60_000 }, async () => {
    const api = astToString(await openapiTS(buildOpenApiDocument() as unknown as Parameters<typeof openapiTS>[0]));
    const wrong = `${SAMPLE}export const url: string = Array.isArray(exported) ? exported.url : "";\n`;
    const errors = typeErrors({ "api.ts": api, "sample.ts": wrong });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/url/);
  });
});
