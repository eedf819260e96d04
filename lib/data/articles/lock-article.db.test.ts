/**
 * Writers of one article at the same moment: claim and source writes, verdict edits and article
 * edits interleaved, as several reviewers and an editor produce them. They may lose a version race
 * (ConflictError) but never deadlock, and no claim is anchored on text that was being replaced.
 */
import { describe, expect, it } from "vitest";
import { docFromParagraphs } from "@/lib/document/article-document";
import { ConflictError } from "@/lib/errors";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { createClaim } from "../claims/create-claim";
import { listClaimsForArticle } from "../claims/list-claims";
import { updateClaim } from "../claims/update-claim";
import { createSource } from "../sources/create-source";
import { getArticle } from "./get-article";
import { updateArticle } from "./update-article";

/** Observes a write at once (the loop awaits between writes), keeping how it ended. */
function settle(write: Promise<unknown>): Promise<PromiseSettledResult<unknown>> {
  return write.then(
    (value) => ({ status: "fulfilled", value }) as const,
    (reason: unknown) => ({ status: "rejected", reason }) as const,
  );
}

const PARAGRAPHS = Array.from({ length: 12 }, (_, n) => `Paragraph ${n} says the budget grew by ${n + 3} per cent.`);

describe("concurrent writes to one article", () => {
  it("never deadlock: every write either lands or loses a version race", { timeout: 60_000 }, async () => {
    const editor = await buildUser({ role: "editor" });
    const reviewer = await buildUser({ role: "reviewer" });
    const article = await buildArticle({ actor: editor, doc: docFromParagraphs(PARAGRAPHS) });
    const claims = await Promise.all(PARAGRAPHS.slice(0, 4).map((quote) => buildClaim({ actor: reviewer, article, quote })));

    const writes: Promise<PromiseSettledResult<unknown>>[] = [];
    for (let round = 0; round < 6; round += 1) {
      const current = await getArticle({ actor: editor, idOrSlug: article.id });
      for (const claim of claims) {
        writes.push(settle(updateClaim({ actor: editor, claimId: claim.id, input: { version: claim.version + round, summary: `round ${round}` } })));
        writes.push(settle(createSource({ actor: reviewer, claimId: claim.id, input: { url: `https://example.test/${round}`, stance: "supports" } })));
      }
      const quote = PARAGRAPHS[4 + round]!;
      const start = current.text.indexOf(quote);
      writes.push(settle(createClaim({ actor: reviewer, articleId: article.id, input: { selector: { exact: quote, start, end: start + quote.length } } })));
      writes.push(settle(updateArticle({ actor: editor, articleId: article.id, version: current.version, doc: docFromParagraphs([...PARAGRAPHS, `Update ${round}.`]) })));
    }
    const results = await Promise.all(writes);
    const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason as Error] : []));
    expect(failures.filter((error) => !(error instanceof ConflictError)).map((error) => error.message)).toEqual([]);
    expect(results.filter((result) => result.status === "fulfilled").length).toBeGreaterThan(writes.length / 2);
  });

  it("anchor a claim made while an editor shifts the text on the text it ends up in", { timeout: 60_000 }, async () => {
    const editor = await buildUser({ role: "editor" });
    const reviewer = await buildUser({ role: "reviewer" });
    const article = await buildArticle({ actor: editor, doc: docFromParagraphs(PARAGRAPHS) });
    let paragraphs = PARAGRAPHS;
    for (let round = 0; round < 8; round += 1) {
      const current = await getArticle({ actor: editor, idOrSlug: article.id });
      const quote = PARAGRAPHS[round]!;
      const start = current.text.indexOf(quote);
      paragraphs = [`Inserted before everything, round ${round}.`, ...paragraphs];
      await Promise.allSettled([
        createClaim({ actor: reviewer, articleId: article.id, input: { selector: { exact: quote, start, end: start + quote.length } } }),
        updateArticle({ actor: editor, articleId: article.id, version: current.version, doc: docFromParagraphs(paragraphs) }),
      ]);
    }
    const final = await getArticle({ actor: editor, idOrSlug: article.id });
    const stored = await listClaimsForArticle({ actor: editor, articleId: article.id });
    expect(stored.length).toBeGreaterThan(0);
    for (const claim of stored) {
      expect({ id: claim.id, at: final.text.slice(claim.selector.start, claim.selector.end) }).toEqual({ id: claim.id, at: claim.selector.exact });
    }
  });
});
