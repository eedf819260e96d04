import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { createComment } from "@/lib/data/comments/create-comment";
import { recordReview } from "@/lib/data/reviews/record-review";
import { docFromParagraphs } from "@/lib/document/article-document";
import { buildArticle, buildClaim, buildSource, buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON-LD read field by field

async function exportJsonLd(articleId: string, format: string): Promise<{ status: number; body: Json; type: string | null }> {
  const response = await GET(new Request(`http://claimdesk.test/api/articles/${articleId}/export.jsonld?format=${format}`), routeContext({ id: articleId }));
  return { status: response.status, body: (await response.json()) as Json, type: response.headers.get("content-type") };
}

describe("GET /api/articles/[id]/export.jsonld", () => {
  let viewer: Actor;
  let article: Awaited<ReturnType<typeof buildArticle>>;
  let rated: { id: string };

  beforeAll(async () => {
    viewer = await buildUser({ role: "viewer" });
    const reviewer = await buildUser({ role: "reviewer", name: "Rosa" });
    article = await buildArticle({ title: "Budget story", sourceUrl: "https://news.example/budget", doc: docFromParagraphs(["The deficit doubled last year, the minister said.", "Unemployment is at a record low."]) });
    const claim = await buildClaim({ actor: reviewer, article, quote: "The deficit doubled last year", claimant: "The minister", summary: "The deficit doubled in 2025" });
    await updateClaim({ actor: reviewer, claimId: claim.id, input: { version: claim.version, verdict: "mostly-false", rationale: "It rose by 40%." } });
    await buildSource({ actor: reviewer, claim, url: "https://stats.example/deficit", title: "Statistics office", stance: "refutes" });
    await recordReview({ actor: reviewer, claimId: claim.id, input: { rating: "false", rationale: "The deficit grew 40%, not 100%." } });
    const ravi = await buildUser({ name: "Ravi" });
    await createComment({ actor: ravi, claimId: claim.id, input: { body: `Agree with @{${reviewer.id}}: see https://stats.example/deficit` } });
    const misleading = await buildClaim({ actor: reviewer, article, quote: "Unemployment is at a record low" });
    await updateClaim({ actor: reviewer, claimId: misleading.id, input: { version: misleading.version, verdict: "misleading" } });
    await buildClaim({ actor: reviewer, article, quote: "the minister said" });
    rated = claim;
  });

  beforeEach(() => signOut());

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
    expect(body["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(body.type).toBe("AnnotationCollection");
    expect(body.total).toBe(3);
    expect(body.first.type).toBe("AnnotationPage");
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
    expect(annotated.body.slice(0, 4)).toEqual([
      { type: "TextualBody", purpose: "assessing", value: "Mostly false", format: "text/plain" },
      { type: "TextualBody", purpose: "commenting", value: "It rose by 40%.", format: "text/plain" },
      { type: "TextualBody", purpose: "describing", value: "The deficit doubled in 2025", format: "text/plain" },
      { id: "https://stats.example/deficit", type: "Text", purpose: "linking", title: "Statistics office", stance: "refutes" },
    ]);
    expect(annotated.target.selector[0].exact).toBe("The deficit doubled last year");
  });

  it("has a ClaimReview with Google's required properties for each claim with a verdict", async () => {
    signInAs(viewer);
    const { status, body } = await exportJsonLd(article.id, "claimreview");
    expect(status).toBe(200);
    expect(body).toHaveLength(2);
    for (const review of body as Json[]) {
      expect(review["@context"]).toBe("https://schema.org");
      expect(review["@type"]).toBe("ClaimReview");
      expect(review.url).toMatch(new RegExp(`/articles/${article.id}#claim-`));
      expect(typeof review.claimReviewed).toBe("string");
      expect(review.claimReviewed.length).toBeGreaterThan(0);
      expect(review.datePublished).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(review.author).toEqual({ "@type": "Organization", name: "Claimdesk" });
      expect(review.reviewRating["@type"]).toBe("Rating");
      expect(typeof review.reviewRating.alternateName).toBe("string");
      expect(review.itemReviewed["@type"]).toBe("Claim");
      expect(review.itemReviewed.appearance).toMatchObject({ "@type": "CreativeWork", url: "https://news.example/budget" });
    }
    const [first, second] = body as Json[];
    const ordinal = first!.reviewRating.alternateName === "Mostly false" ? first! : second!;
    const other = ordinal === first ? second! : first!;
    expect(ordinal.claimReviewed).toBe("The deficit doubled in 2025");
    expect(ordinal.reviewRating).toEqual({ "@type": "Rating", alternateName: "Mostly false", ratingValue: 2, bestRating: 5, worstRating: 1 });
    expect(ordinal.itemReviewed.author).toEqual({ "@type": "Person", name: "The minister" });
    expect(other.reviewRating).toEqual({ "@type": "Rating", alternateName: "Misleading" });
    expect(other.claimReviewed).toBe("Unemployment is at a record low");
  });
});
