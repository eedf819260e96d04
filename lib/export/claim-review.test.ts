import { describe, expect, it } from "vitest";
import { claimReviews } from "./claim-review";
import { EXPORT_ARTICLE, EXPORT_ROW } from "./export-row-fixture";
import type { Publication } from "./publication";

const DEV: Publication = { baseUrl: "http://localhost:3000", organisation: { name: "Claimdesk", url: "http://localhost:3000" }, factCheckBaseUrl: null };
const HERALD: Publication = { baseUrl: "https://desk.herald.example", organisation: { name: "The Herald", url: "https://herald.example" }, factCheckBaseUrl: "https://herald.example/fact-checks" };

describe("claimReviews", () => {
  it("says where the fact-check is published, by whom, and rates it with a name", () => {
    const [review] = claimReviews({ publication: HERALD, article: EXPORT_ARTICLE }, [EXPORT_ROW]);
    expect(review).toMatchObject({
      url: `https://herald.example/fact-checks/budget-story#claim-${EXPORT_ROW.id}`,
      author: { "@type": "Organization", name: "The Herald", url: "https://herald.example" },
      reviewRating: { "@type": "Rating", name: "Mostly false", alternateName: "Mostly false", ratingValue: 2 },
    });
  });

  it("points at the claim in Claimdesk until a fact-check URL is configured", () => {
    const [review] = claimReviews({ publication: DEV, article: EXPORT_ARTICLE }, [EXPORT_ROW]);
    expect(review!.url).toBe(`http://localhost:3000/articles/${EXPORT_ARTICLE.id}#claim-${EXPORT_ROW.id}`);
  });

  it("dates the claim and names where it appeared first from the article", () => {
    const [review] = claimReviews({ publication: HERALD, article: EXPORT_ARTICLE }, [EXPORT_ROW]);
    const work = { "@type": "CreativeWork", url: "https://news.example/budget", headline: "Budget story", datePublished: "2026-03-04", inLanguage: "en-GB" };
    expect(review!.itemReviewed).toEqual({ "@type": "Claim", author: { "@type": "Person", name: "The minister" }, datePublished: "2026-03-04", appearance: work, firstAppearance: work });
  });

  it("leaves out the appearance (never Claimdesk's own page) and the date when the article has neither", () => {
    const [review] = claimReviews({ publication: HERALD, article: { ...EXPORT_ARTICLE, sourceUrl: null, publishedAt: null } }, [EXPORT_ROW]);
    expect(review!.itemReviewed).toEqual({ "@type": "Claim", author: { "@type": "Person", name: "The minister" } });
  });

  it("reviews only claims with a verdict", () => {
    expect(claimReviews({ publication: DEV, article: EXPORT_ARTICLE }, [{ ...EXPORT_ROW, verdict: null }])).toEqual([]);
  });
});
