import { describe, expect, it } from "vitest";
import { annotationContextOf, ANNO_CONTEXT, claimdeskContextDocument, contextUrlOf, namespaceOf } from "./jsonld-context";
import { EXPORT_ARTICLE, EXPORT_ROW } from "./export-row-fixture";
import { webAnnotationCollection } from "./web-annotation";

const BASE = "https://desk.example";

describe("Claimdesk's JSON-LD context", () => {
  const { "@context": context } = claimdeskContextDocument(BASE);

  it.each(["stance", "claimant", "status", "tags"] as const)("defines %s with an @id in Claimdesk's namespace (so expansion keeps it)", (term) => {
    expect(context[term]["@id"]).toBe(`${namespaceOf(BASE)}${term}`);
    expect(context[term]["@id"].startsWith(`${contextUrlOf(BASE)}#`)).toBe(true);
  });

  it("keeps tags a set, and borrows Dublin Core's title (the anno context has none)", () => {
    expect(context.tags["@container"]).toBe("@set");
    expect(context.title).toEqual({ "@id": "http://purl.org/dc/terms/title" });
  });

  it("is named by every W3C export, after the anno context", () => {
    expect(annotationContextOf(BASE)).toEqual([ANNO_CONTEXT, `${BASE}/ns/v1`]);
    expect(webAnnotationCollection({ baseUrl: BASE, article: EXPORT_ARTICLE }, [EXPORT_ROW])["@context"]).toEqual([ANNO_CONTEXT, `${BASE}/ns/v1`]);
  });
});
