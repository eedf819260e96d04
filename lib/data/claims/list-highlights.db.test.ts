import { describe, expect, it } from "vitest";
import { docFromParagraphs } from "@/lib/document/article-document";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { updateArticle } from "../articles/update-article";
import { deleteClaim } from "./delete-claim";
import { listClaimsForArticle } from "./list-claims";
import { listHighlightsForArticle } from "./list-highlights";
import { updateClaim } from "./update-claim";

const PARAGRAPHS = ["Alpha says one thing.", "Beta says another.", "Gamma says a third."];

describe("listHighlightsForArticle", () => {
  it.each(["viewer", "reviewer", "editor", "admin"] as const)("gives the %s role the live claims' ranges and verdicts in the claims list's order", async (role) => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ doc: docFromParagraphs(PARAGRAPHS) });
    const gamma = await buildClaim({ article, quote: "Gamma says" });
    await buildClaim({ article, quote: "Alpha says one thing." });
    await buildClaim({ article, quote: "Alpha" });
    await buildClaim(); // on another article
    await updateClaim({ actor: editor, claimId: gamma.id, input: { version: gamma.version, verdict: "mostly-false" } });

    const highlights = await listHighlightsForArticle({ actor: await buildUser({ role }), articleId: article.id });

    const claims = await listClaimsForArticle({ actor: editor, articleId: article.id });
    expect(highlights).toEqual(claims.map((claim) => ({ id: claim.id, start: claim.selector.start, end: claim.selector.end, verdict: claim.verdict })));
    expect(highlights.map((highlight) => highlight.verdict)).toEqual([null, null, "mostly-false"]);
  });

  it("leaves out deleted claims and orphans", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ doc: docFromParagraphs(PARAGRAPHS) });
    const orphan = await buildClaim({ article, quote: "Alpha says one thing." });
    const deleted = await buildClaim({ article, quote: "Beta says" });
    const kept = await buildClaim({ article, quote: "Gamma says" });
    await deleteClaim({ actor: editor, claimId: deleted.id });
    await updateArticle({ actor: editor, articleId: article.id, version: 1, doc: docFromParagraphs(PARAGRAPHS.slice(1)) });

    const highlights = await listHighlightsForArticle({ actor: editor, articleId: article.id });

    expect(highlights.map((highlight) => highlight.id)).toEqual([kept.id]);
    expect((await listClaimsForArticle({ actor: editor, articleId: article.id })).find((claim) => claim.id === orphan.id)?.orphan).toBe(true);
  });

  it("gives an unknown article no highlights", async () => {
    await buildClaim();
    expect(await listHighlightsForArticle({ actor: await buildUser({ role: "viewer" }), articleId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc" })).toEqual([]);
  });
});
