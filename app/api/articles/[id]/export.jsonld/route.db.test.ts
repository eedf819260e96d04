import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { createComment } from "@/lib/data/comments/create-comment";
import { recordReview } from "@/lib/data/reviews/record-review";
import { docFromParagraphs } from "@/lib/document/article-document";
import { buildArticle, buildClaim, buildSource, buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { ZAnnotationCollectionView, ZAnnotationPageView, ZClaimReviewListView } from "@/lib/views/export";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON-LD read field by field

async function exportJsonLd(articleId: string, query: string): Promise<{ status: number; body: Json; type: string | null }> {
  const response = await GET(new Request(`http://claimdesk.test/api/articles/${articleId}/export.jsonld?format=${query}`), routeContext({ id: articleId }));
  return { status: response.status, body: (await response.json()) as Json, type: response.headers.get("content-type") };
}

describe("GET /api/articles/[id]/export.jsonld", () => {
  let viewer: Actor;
  let article: Awaited<ReturnType<typeof buildArticle>>;
  let rated: { id: string };

  beforeAll(async () => {
    viewer = await buildUser({ role: "viewer" });
    const reviewer = await buildUser({ role: "reviewer", name: "Rosa" });
    article = await buildArticle({ title: "Budget story", sourceUrl: "https://news.example/budget", language: "en-GB", publishedAt: new Date("2026-03-04T09:00:00Z"), doc: docFromParagraphs(["The deficit doubled last year, the minister said.", "Unemployment is at a record low."]) });
    const claim = await buildClaim({ actor: reviewer, article, quote: "The deficit doubled last year", claimant: "The minister", summary: "The deficit doubled in 2025", tags: ["economy", "budget"] });
    await updateClaim({ actor: reviewer, claimId: claim.id, input: { version: claim.version, verdict: "mostly-false", rationale: "It rose by 40%." } });
    await buildSource({ actor: reviewer, claim, url: "https://stats.example/deficit", title: "Statistics office", stance: "refutes", excerpt: "The deficit rose by 40%." });
    await recordReview({ actor: reviewer, claimId: claim.id, input: { rating: "false", rationale: "The deficit grew 40%, not 100%." } });
    const ravi = await buildUser({ name: "Ravi" });
    await createComment({ actor: ravi, claimId: claim.id, input: { body: `Agree with @{${reviewer.id}}: see https://stats.example/deficit` } });
    const misleading = await buildClaim({ actor: reviewer, article, quote: "Unemployment is at a record low" });
    await updateClaim({ actor: reviewer, claimId: misleading.id, input: { version: misleading.version, verdict: "misleading" } });
    await buildClaim({ actor: reviewer, article, quote: "the minister said" });
    rated = claim;
  });

  beforeEach(() => signOut());
  afterEach(() => vi.unstubAllEnvs());

  it("carries each review and comment as a further body, assessing and commenting, by its author", async () => {
    signInAs(viewer);
    const { body } = await exportJsonLd(article.id, "w3c");
    const annotation = body.first.items.find((item: Json) => item.id.endsWith(rated.id));
    const bodies = annotation.body as Json[];
    expect(bodies.filter((item) => item.creator?.name === "Rosa" && item.purpose === "assessing")).toEqual([
      expect.objectContaining({ type: "TextualBody", value: "False: The deficit grew 40%, not 100%.", created: expect.any(String) }),
    ]);
    expect(bodies.filter((item) => item.purpose === "commenting" && item.creator)).toEqual([
      expect.objectContaining({ value: "Agree with @Rosa: see https://stats.example/deficit", creator: expect.objectContaining({ name: "Ravi", type: "Person" }) }),
    ]);
  });

  it("rejects anonymous, and an unknown format with 400 naming it", async () => {
    expect((await exportJsonLd(article.id, "w3c")).status).toBe(401);
    signInAs(viewer);
    const bad = await exportJsonLd(article.id, "rdf");
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("format");
  });

  it("is a W3C Web Annotation collection with the required terms on every annotation", async () => {
    signInAs(viewer);
    const { status, body, type } = await exportJsonLd(article.id, "w3c");
    expect(status).toBe(200);
    expect(type).toContain("application/ld+json");
    expect(() => ZAnnotationCollectionView.parse(body)).not.toThrow();
    expect(body["@context"]).toEqual(["http://www.w3.org/ns/anno.jsonld", "http://claimdesk.test/ns/v1"]);
    expect(body.type).toBe("AnnotationCollection");
    expect(body.total).toBe(3);
    expect(body.first).toMatchObject({ id: `${body.id}&page=0`, type: "AnnotationPage", partOf: body.id, startIndex: 0 });
    expect(body.last).toBe(body.first.id);
    const items: Json[] = body.first.items;
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(item.id).toMatch(/^http:\/\/claimdesk\.test\/api\/claims\/[0-9a-f-]{36}$/);
      expect(item.type).toBe("Annotation");
      expect(item.motivation).toBe("assessing");
      expect(item.creator).toMatchObject({ type: "Person", name: "Rosa" });
      expect(Date.parse(item.created)).not.toBeNaN();
      expect(Date.parse(item.modified)).not.toBeNaN();
      expect(item.target.source).toBe("https://news.example/budget");
      const [quote, position] = item.target.selector;
      expect(quote.type).toBe("TextQuoteSelector");
      expect(typeof quote.exact).toBe("string");
      expect(position.type).toBe("TextPositionSelector");
      expect(position.end).toBeGreaterThan(position.start);
      expect(item.target.state).toEqual({ type: "HttpRequestState", value: `X-Claimdesk-Article-Version: ${article.version}` });
    }
    const annotated = items.find((item) => item.id.endsWith(rated.id))!;
    // The claim's own bodies come first; its reviews and comments follow (checked below).
    expect(annotated).toMatchObject({ claimant: "The minister", status: expect.any(String), tags: ["economy", "budget"] });
    expect(annotated.body.slice(0, 6)).toEqual([
      { type: "TextualBody", purpose: "assessing", value: "Mostly false", format: "text/plain", language: "en" },
      { type: "TextualBody", purpose: "commenting", value: "It rose by 40%.", format: "text/plain", language: "en-GB" },
      { type: "TextualBody", purpose: "describing", value: "The deficit doubled in 2025", format: "text/plain", language: "en-GB" },
      {
        type: "SpecificResource",
        purpose: "linking",
        source: { id: "https://stats.example/deficit", type: "Text", title: "Statistics office" },
        selector: { type: "TextQuoteSelector", exact: "The deficit rose by 40%." },
        stance: "refutes",
      },
      { type: "TextualBody", purpose: "tagging", value: "economy", format: "text/plain" },
      { type: "TextualBody", purpose: "tagging", value: "budget", format: "text/plain" },
    ]);
    // W3C 3.3.5: `purpose` only on a TextualBody or a SpecificResource, never on an external resource itself.
    for (const item of items) for (const part of item.body ?? []) if (part.purpose) expect(["TextualBody", "SpecificResource"]).toContain(part.type);
    expect(annotated.target.selector[0].exact).toBe("The deficit doubled last year");
  });

  it("has a ClaimReview with Google's required properties for each claim with a verdict", async () => {
    signInAs(viewer);
    const { status, body } = await exportJsonLd(article.id, "claimreview");
    expect(status).toBe(200);
    expect(() => ZClaimReviewListView.parse(body)).not.toThrow();
    expect(body).toHaveLength(2);
    for (const review of body as Json[]) {
      expect(review["@context"]).toBe("https://schema.org");
      expect(review["@type"]).toBe("ClaimReview");
      expect(review.url).toMatch(new RegExp(`/articles/${article.id}#claim-`));
      expect(typeof review.claimReviewed).toBe("string");
      expect(review.claimReviewed.length).toBeGreaterThan(0);
      expect(review.datePublished).toMatch(/^\d{4}-\d\d-\d\d$/);
      // Unconfigured (development): the organisation's site is the app's, the fact-check the claim in it.
      expect(review.author).toEqual({ "@type": "Organization", name: "Claimdesk", url: "http://claimdesk.test" });
      expect(review.url).toMatch(/^http:\/\/claimdesk\.test\/articles\//);
      expect(review.reviewRating["@type"]).toBe("Rating");
      expect(review.reviewRating.name).toBe(review.reviewRating.alternateName);
      expect(review.itemReviewed["@type"]).toBe("Claim");
      expect(review.itemReviewed.datePublished).toBe("2026-03-04");
      const appearance = { "@type": "CreativeWork", url: "https://news.example/budget", headline: "Budget story", datePublished: "2026-03-04", inLanguage: "en-GB" };
      expect(review.itemReviewed.appearance).toEqual(appearance);
      expect(review.itemReviewed.firstAppearance).toEqual(appearance);
    }
    const [first, second] = body as Json[];
    const ordinal = first!.reviewRating.alternateName === "Mostly false" ? first! : second!;
    const other = ordinal === first ? second! : first!;
    expect(ordinal.claimReviewed).toBe("The deficit doubled in 2025");
    expect(ordinal.reviewRating).toEqual({ "@type": "Rating", name: "Mostly false", alternateName: "Mostly false", ratingValue: 2, bestRating: 5, worstRating: 1 });
    expect(ordinal.itemReviewed.author).toEqual({ "@type": "Person", name: "The minister" });
    expect(other.reviewRating).toEqual({ "@type": "Rating", name: "Misleading", alternateName: "Misleading" });
    expect(other.claimReviewed).toBe("Unemployment is at a record low");
  });

  it("serves the collection's one page at its id, and only with format=w3c", async () => {
    signInAs(viewer);
    const collection = (await exportJsonLd(article.id, "w3c")).body;
    const { status, body } = await exportJsonLd(article.id, "w3c&page=0");
    expect(status).toBe(200);
    expect(() => ZAnnotationPageView.parse(body)).not.toThrow();
    expect(body).toEqual({ "@context": collection["@context"], ...collection.first });
    for (const query of ["claimreview&page=0", "w3c&page=1"]) {
      const refused = await exportJsonLd(article.id, query);
      expect(refused.status, query).toBe(400);
      expect(refused.body.error.fields, query).toHaveProperty("page");
    }
  });

  it("points ClaimReview at the configured fact-check page and organisation, and ids at the public URL", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://desk.herald.example/");
    vi.stubEnv("CLAIMDESK_ORG_NAME", "The Herald");
    vi.stubEnv("CLAIMDESK_ORG_URL", "https://herald.example");
    vi.stubEnv("CLAIMDESK_FACTCHECK_BASE_URL", "https://herald.example/fact-checks/");
    signInAs(viewer);
    const [review] = (await exportJsonLd(article.id, "claimreview")).body as Json[];
    expect(review!.url).toMatch(new RegExp(`^https://herald\\.example/fact-checks/${article.slug}#claim-[0-9a-f-]{36}$`));
    expect(review!.author).toEqual({ "@type": "Organization", name: "The Herald", url: "https://herald.example" });
    const collection = (await exportJsonLd(article.id, "w3c")).body;
    expect(collection["@context"][1]).toBe("https://desk.herald.example/ns/v1");
    expect(collection.first.items[0].id).toMatch(/^https:\/\/desk\.herald\.example\/api\/claims\//);
  });

  it("leaves out where the claim appeared when the article has no source URL, and labels right-to-left text", async () => {
    const reviewer = await buildUser({ role: "reviewer" });
    const arabic = await buildArticle({ title: "خبر", language: "ar", doc: docFromParagraphs(["قال الوزير إن العجز تضاعف."]) });
    const claim = await buildClaim({ actor: reviewer, article: arabic, quote: "العجز تضاعف", summary: "العجز تضاعف في 2025" });
    await updateClaim({ actor: reviewer, claimId: claim.id, input: { version: claim.version, verdict: "false", rationale: "ارتفع بنسبة 40%." } });
    signInAs(viewer);
    const [review] = (await exportJsonLd(arabic.id, "claimreview")).body as Json[];
    expect(review!.itemReviewed).not.toHaveProperty("appearance");
    expect(review!.itemReviewed).not.toHaveProperty("firstAppearance");
    expect(review!.itemReviewed).not.toHaveProperty("datePublished");
    const [annotation] = (await exportJsonLd(arabic.id, "w3c")).body.first.items as Json[];
    expect(annotation!.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: "assessing", value: "False", language: "en" }),
        expect.objectContaining({ purpose: "describing", language: "ar", textDirection: "rtl" }),
        expect.objectContaining({ purpose: "commenting", language: "ar", textDirection: "rtl" }),
      ]),
    );
    for (const part of (annotation!.body as Json[]).filter((item) => item.language === "en")) expect(part).not.toHaveProperty("textDirection");
  });
});
