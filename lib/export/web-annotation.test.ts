import { describe, expect, it } from "vitest";
import { claimdeskContextDocument } from "./jsonld-context";
import { EXPORT_ARTICLE, EXPORT_ROW } from "./export-row-fixture";
import { webAnnotationCollection, webAnnotationPage } from "./web-annotation";

const BASE = "https://desk.example";
const context = { baseUrl: BASE, article: EXPORT_ARTICLE };
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON-LD read field by field

/**
 * The terms http://www.w3.org/ns/anno.jsonld defines for properties (the W3C Recommendation's
 * context, 2017): a key that is neither one of these nor a term of Claimdesk's context would be
 * dropped by JSON-LD expansion without a word.
 */
const ANNO_TERMS = new Set([
  "id", "type", "body", "target", "source", "selector", "state", "scope", "refinedBy", "startSelector", "endSelector", "renderedVia",
  "creator", "generator", "rights", "homepage", "via", "canonical", "stylesheet", "cached", "conformsTo", "items", "partOf", "first",
  "last", "next", "prev", "audience", "motivation", "purpose", "textDirection", "accessibility", "bodyValue", "format", "language",
  "processingLanguage", "value", "exact", "prefix", "suffix", "styleClass", "name", "email", "email_sha1", "nickname", "label", "created",
  "modified", "generated", "sourceDate", "sourceDateStart", "sourceDateEnd", "start", "end", "total", "startIndex",
]);

function keysOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => keysOf(item, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      found.add(key);
      keysOf(value, found);
    }
  }
  return found;
}

describe("webAnnotationCollection", () => {
  const collection = webAnnotationCollection(context, [EXPORT_ROW]) as Json;
  const [annotation] = collection.first.items as Json[];

  it("uses only terms that survive expansion: the anno context's and Claimdesk's", () => {
    const defined = new Set([...ANNO_TERMS, ...Object.keys(claimdeskContextDocument(BASE)["@context"]), "@context"]);
    expect([...keysOf(collection)].filter((key) => !defined.has(key))).toEqual([]);
  });

  it("gives its one page an id, the collection's last, and serves that page alone at it", () => {
    expect(collection.first.id).toBe(`${collection.id}&page=0`);
    expect(collection.last).toBe(collection.first.id);
    expect(webAnnotationPage(context, [EXPORT_ROW])).toEqual({ "@context": collection["@context"], ...collection.first });
  });

  it("carries claimant, status and tags on the annotation, and tags as tagging bodies too", () => {
    expect(annotation).toMatchObject({ claimant: "The minister", status: "in-review", tags: ["economy", "budget"] });
    expect(annotation!.body.filter((part: Json) => part.purpose === "tagging").map((part: Json) => part.value)).toEqual(["economy", "budget"]);
  });

  it("makes each source a SpecificResource on the page, with its evidence quote and stance; purpose only where W3C allows it", () => {
    const sources = annotation!.body.filter((part: Json) => part.purpose === "linking");
    expect(sources).toEqual([
      { type: "SpecificResource", purpose: "linking", source: { id: "https://stats.example/deficit", type: "Text", title: "Statistics office" }, selector: { type: "TextQuoteSelector", exact: "The deficit rose by 40%." }, stance: "refutes" },
      { type: "SpecificResource", purpose: "linking", source: { id: "https://other.example/", type: "Text" }, stance: "context" },
    ]);
    for (const part of annotation!.body as Json[]) expect(["TextualBody", "SpecificResource"]).toContain(part.type);
  });

  it("labels Claimdesk's words English and the desk's in the article's language; mixed text gets none", () => {
    const language = (purpose: string, creator?: string) =>
      (annotation!.body as Json[]).filter((part) => part.purpose === purpose && part.creator?.name === creator).map((part) => part.language ?? null);
    expect(language("assessing")).toEqual(["en"]);
    expect(language("commenting")).toEqual(["en-GB"]);
    expect(language("describing")).toEqual(["en-GB"]);
    expect(language("assessing", "Rosa")).toEqual([null]); // "False: Grew 40%…": a label and a rationale
    expect(language("assessing", "Ravi")).toEqual(["en"]);
    expect(language("commenting", "Ravi")).toEqual(["en-GB"]);
    expect(language("questioning")).toEqual([null]);
    expect((annotation!.body as Json[]).some((part) => "textDirection" in part)).toBe(false);
  });

  it("adds textDirection for a right-to-left language, and no language for one stored before tags were checked", () => {
    const rtl = webAnnotationCollection({ baseUrl: BASE, article: { ...EXPORT_ARTICLE, language: "fa" } }, [EXPORT_ROW]) as Json;
    expect(rtl.first.items[0].body.find((part: Json) => part.purpose === "describing")).toMatchObject({ language: "fa", textDirection: "rtl" });
    const odd = webAnnotationCollection({ baseUrl: BASE, article: { ...EXPORT_ARTICLE, language: "en_GB (UK)" } }, [EXPORT_ROW]) as Json;
    expect(odd.first.items[0].body.find((part: Json) => part.purpose === "describing")).not.toHaveProperty("language");
  });
});
