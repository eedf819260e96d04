import { describe, expect, it } from "vitest";
import { docFromParagraphs } from "@/lib/document/article-document";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { buildArticle, buildClaim, buildSource, buildUser } from "@/test/factories";
import { updateArticle } from "../articles/update-article";
import { deleteClaim } from "./delete-claim";
import { getClaim } from "./get-claim";
import { listClaimsForArticle } from "./list-claims";
import { updateClaim } from "./update-claim";

const PARAGRAPHS = ["Alpha says one thing.", "Beta says another.", "Gamma says a third."];

describe("listClaimsForArticle", () => {
  it.each(["viewer", "reviewer", "editor", "admin"] as const)("lists an article's live claims in text order for a %s, and nothing from other articles", async (role) => {
    const article = await buildArticle({ doc: docFromParagraphs(PARAGRAPHS) });
    const gamma = await buildClaim({ article, quote: "Gamma says" });
    const alphaLong = await buildClaim({ article, quote: "Alpha says one thing." });
    const alphaShort = await buildClaim({ article, quote: "Alpha" });
    await buildClaim(); // on another article

    const claims = await listClaimsForArticle({ actor: await buildUser({ role }), articleId: article.id });

    // Same start: the longer selection first.
    expect(claims).toEqual([alphaLong, alphaShort, gamma]);
  });

  it("gives each claim its sources in the order they were added, its author and its assignee, as reading it alone does", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ doc: docFromParagraphs(PARAGRAPHS) });
    const alpha = await buildClaim({ article, quote: "Alpha says" });
    const beta = await buildClaim({ article, quote: "Beta says" });
    const assignee = await buildUser({ role: "reviewer", name: "Ada Assignee" });
    await updateClaim({ actor: editor, claimId: beta.id, input: { version: beta.version, assigneeId: assignee.id } });
    for (const title of ["Second source added", "First in the alphabet", "Third"]) await buildSource({ claim: alpha, title });
    await buildSource({ claim: beta, title: "Beta's only source", actor: editor });

    const claims = await listClaimsForArticle({ actor: editor, articleId: article.id });

    expect(claims).toEqual([await getClaim({ actor: editor, claimId: alpha.id }), await getClaim({ actor: editor, claimId: beta.id })]);
    expect(claims[0]!.sources.map((source) => source.title)).toEqual(["Second source added", "First in the alphabet", "Third"]);
    expect(claims[1]!.assignee).toEqual({ id: assignee.id, name: "Ada Assignee" });
    expect(claims[1]!.sources[0]!.addedBy).toEqual({ id: editor.id, name: editor.name });
  });

  it("lists orphans after anchored claims", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ doc: docFromParagraphs(PARAGRAPHS) });
    const alpha = await buildClaim({ article, quote: "Alpha says one thing." });
    const beta = await buildClaim({ article, quote: "Beta says another." });
    await updateArticle({ actor: editor, articleId: article.id, version: 1, doc: docFromParagraphs([PARAGRAPHS[1] ?? "", PARAGRAPHS[2] ?? ""]) });

    const claims = await listClaimsForArticle({ actor: editor, articleId: article.id });

    expect(claims.map((claim) => [claim.id, claim.orphan])).toEqual([
      [beta.id, false],
      [alpha.id, true],
    ]);
  });

  it("hides soft-deleted claims, and shows them to an editor who asks", async () => {
    const owner = await buildUser();
    const article = await buildArticle();
    const kept = await buildClaim({ article, actor: owner, quote: "first paragraph" });
    const doomed = await buildClaim({ article, actor: owner, quote: "second paragraph" });
    const deleted = await deleteClaim({ actor: owner, claimId: doomed.id });

    expect(await listClaimsForArticle({ actor: owner, articleId: article.id })).toEqual([kept]);
    const editor = await buildUser({ role: "editor" });
    expect(await listClaimsForArticle({ actor: editor, articleId: article.id })).toEqual([kept]);
    expect(await listClaimsForArticle({ actor: editor, articleId: article.id, includeDeleted: true })).toEqual([kept, deleted]);
  });

  it.each(["viewer", "reviewer"] as const)("refuses deleted claims to a %s", async (role) => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    await deleteClaim({ actor: owner, claimId: claim.id });
    await expect(listClaimsForArticle({ actor: await buildUser({ role }), articleId: claim.articleId, includeDeleted: true })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("throws NotFoundError for an unknown article", async () => {
    await expect(
      listClaimsForArticle({ actor: await buildUser({ role: "viewer" }), articleId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
