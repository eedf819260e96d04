import { describe, expect, it } from "vitest";
import { docFromParagraphs } from "@/lib/document/article-document";
import { ValidationError } from "@/lib/errors";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { createClaim } from "../claims/create-claim";
import { updateArticle } from "./update-article";

// New claims anchor on a text kept per article version (lock-article.ts): an edit must never leave
// a claim anchored on the text before it.
describe("anchoring on a remembered article text", () => {
  it("anchors a claim made after an edit on the edited text, not on the remembered one", async () => {
    const editor = await buildUser({ role: "editor" });
    const reviewer = await buildUser({ role: "reviewer" });
    const article = await buildArticle({ actor: editor, doc: docFromParagraphs(["Turnout was 61 percent.", "Rain fell all day."]) });
    await buildClaim({ article, quote: "Turnout was 61 percent." }); // the text is now remembered at version 1
    const { article: edited } = await updateArticle({
      actor: editor,
      articleId: article.id,
      version: 1,
      doc: docFromParagraphs(["Officially, turnout was 64 percent.", "Rain fell all day."]),
    });
    expect(edited.version).toBe(2);

    const old = { exact: "Turnout was 61 percent.", start: 0, end: 23 };
    await expect(createClaim({ actor: reviewer, articleId: article.id, input: { selector: old } })).rejects.toBeInstanceOf(ValidationError);
    const quote = "turnout was 64 percent.";
    const start = edited.text.indexOf(quote);
    const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { selector: { exact: quote, start, end: start + quote.length } } });
    expect(claim).toMatchObject({ selector: { exact: quote, start, prefix: "Officially, " }, anchoredVersion: 2 });
  });
});
