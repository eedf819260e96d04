import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { docFromParagraphs } from "@/lib/document/article-document";
import type { Actor } from "@/lib/policies/actor";
import { ZSearchQuery, type SearchQuery } from "@/lib/validation/search";
import type { SearchAnswer } from "@/lib/views/search";
import { buildArticle, buildClaim, buildSource, buildUser } from "@/test/factories";
import { setReviewPolicy } from "../articles/set-review-policy";
import { deleteClaim } from "../claims/delete-claim";
import { updateClaim } from "../claims/update-claim";
import { recordReview } from "../reviews/record-review";
import { deleteSource, restoreSource } from "../sources/delete-source";
import { updateSource } from "../sources/update-source";
import { searchClaims } from "./search-claims";

/** A word no other test's data holds: the file's tests share one database. */
const word = () => `w${randomBytes(5).toString("hex")}`;

const search = (actor: Actor, query: Partial<Record<keyof SearchQuery, unknown>>) => searchClaims({ actor, query: ZSearchQuery.parse(query) });
const ids = (answer: SearchAnswer) => answer.results.map((result) => result.claim.id);
/** The words each highlight marks, by field. */
const marked = (answer: SearchAnswer, index = 0) =>
  answer.results[index]!.highlights.map((highlight) => [highlight.field, highlight.segments.filter((s) => s.isMatch).map((s) => s.text)]);

async function articleWith(...paragraphs: string[]) {
  const editor = await buildUser({ role: "editor" });
  return { editor, article: await buildArticle({ actor: editor, doc: docFromParagraphs(paragraphs) }) };
}

describe("searchClaims", () => {
  it("finds a claim by each of its fields and its sources' titles and excerpts, marking the word where it is", async () => {
    const [quote, summary, claimant, tag, rationale, title, excerpt] = Array.from({ length: 7 }, word);
    const { editor, article } = await articleWith(`The minister said ${quote} rose sharply.`);
    const claim = await buildClaim({ actor: editor, article, quote: `said ${quote} rose`, summary: `About ${summary}`, claimant: `Dr ${claimant}`, tags: ["economy", tag!] });
    await updateClaim({ actor: editor, claimId: claim.id, input: { version: claim.version, rationale: `Long reasoning. ${"Filler words here. ".repeat(40)}Then ${rationale} decides it.` } });
    const source = await buildSource({ claim, title: `Survey ${title}`, excerpt: `The table shows ${excerpt}.` });

    const expected = { quote, summary, claimant, tags: tag, rationale, sourceTitle: title, sourceExcerpt: excerpt };
    for (const [field, text] of Object.entries(expected)) {
      const answer = await search(editor, { q: text });
      expect(ids(answer), field).toEqual([claim.id]);
      expect(marked(answer), field).toEqual([[field, [text]]]);
      expect(answer.results[0]!.article).toEqual({ id: article.id, title: article.title });
    }
    const fromSource = (await search(editor, { q: excerpt })).results[0]!.highlights[0]!;
    expect(fromSource).toMatchObject({ field: "sourceExcerpt", sourceId: source.id });
    // A long field comes as the passage around its match, not whole.
    const long = (await search(editor, { q: rationale })).results[0]!.highlights[0]!.segments.map((s) => s.text).join("");
    expect(long.length).toBeLessThan(400);
    expect(long).toContain(rationale);
  });

  it("needs every word, wherever each one is, and finds English word forms by their stem", async () => {
    const [inQuote, inSource] = [word(), word()];
    const { editor, article } = await articleWith(`Vaccines for ${inQuote} were approved.`);
    const claim = await buildClaim({ actor: editor, article, quote: `Vaccines for ${inQuote}` });
    await buildSource({ claim, title: `Report ${inSource}` });

    expect(marked(await search(editor, { q: `${inQuote} ${inSource}` }))).toEqual([["quote", [inQuote]], ["sourceTitle", [inSource]]]);
    expect(ids(await search(editor, { q: `${inQuote} ${word()}` }))).toEqual([]);
    expect(ids(await search(editor, { q: `${inQuote} -${inSource}` }))).toEqual([]);
    expect(marked(await search(editor, { q: `vaccine ${inQuote}` }))).toEqual([["quote", ["Vaccines", inQuote]]]);
  });

  it("ranks a match in the quote above one in a claimant, a rationale, or a source", async () => {
    const term = word();
    const { editor, article } = await articleWith(`First ${term} here.`, "Second one.", "Third one.", "Fourth one.");
    const inSource = await buildClaim({ actor: editor, article, quote: "Fourth one." });
    await buildSource({ claim: inSource, excerpt: `It mentions ${term} once.` });
    const inRationale = await buildClaim({ actor: editor, article, quote: "Third one." });
    await updateClaim({ actor: editor, claimId: inRationale.id, input: { version: inRationale.version, rationale: `Because ${term}.` } });
    const byClaimant = await buildClaim({ actor: editor, article, quote: "Second one.", claimant: term });
    const inQuote = await buildClaim({ actor: editor, article, quote: `First ${term} here.` });

    expect(ids(await search(editor, { q: term }))).toEqual([inQuote.id, byClaimant.id, inRationale.id, inSource.id]);
  });

  it("pages through every match once, in rank order, and says where the next page starts", async () => {
    const term = word();
    const { editor, article } = await articleWith(...Array.from({ length: 5 }, (_, i) => `Paragraph ${i} about ${term}${" and more".repeat(i)}.`));
    for (let i = 0; i < 5; i++) await buildClaim({ actor: editor, article, quote: `Paragraph ${i} about ${term}` });
    const all = await search(editor, { q: term });
    expect(all.results).toHaveLength(5);
    expect(all.next).toBeUndefined();

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search(editor, { q: term, limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.results.length).toBeLessThanOrEqual(2);
      seen.push(...ids(page));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(ids(all));
  });

  it("leaves deleted claims out", async () => {
    const term = word();
    const { editor, article } = await articleWith(`Gone ${term} soon.`, `Kept ${term} here.`);
    const gone = await buildClaim({ actor: editor, article, quote: `Gone ${term}` });
    const kept = await buildClaim({ actor: editor, article, quote: `Kept ${term}` });
    await deleteClaim({ actor: editor, claimId: gone.id });

    expect(ids(await search(editor, { q: term }))).toEqual([kept.id]);
  });

  it("follows a source's edits and removal: its old words no longer find the claim", async () => {
    const [before, after] = [word(), word()];
    const { editor, article } = await articleWith("A claim with evidence.");
    const claim = await buildClaim({ actor: editor, article, quote: "A claim with evidence." });
    const source = await buildSource({ claim, actor: editor, excerpt: `Says ${before}.` });
    expect(ids(await search(editor, { q: before }))).toEqual([claim.id]);

    const edited = await updateSource({ actor: editor, sourceId: source.id, input: { excerpt: `Now says ${after}.` } });
    expect(ids(await search(editor, { q: before }))).toEqual([]);
    expect(ids(await search(editor, { q: after }))).toEqual([claim.id]);

    await deleteSource({ actor: editor, sourceId: source.id, version: edited.version });
    expect(ids(await search(editor, { q: after }))).toEqual([]);
    // Removed softly: restoring it brings its words back.
    await restoreSource({ actor: editor, sourceId: source.id });
    expect(ids(await search(editor, { q: after }))).toEqual([claim.id]);
  });

  it("filters by verdict, status, article, author and assignee", async () => {
    const term = word();
    const { editor, article } = await articleWith(`One ${term}.`, `Two ${term}.`);
    const other = await buildArticle({ actor: editor, doc: docFromParagraphs([`Three ${term}.`]) });
    const [author, assignee] = [await buildUser(), await buildUser()];
    const one = await buildClaim({ actor: author, article, quote: `One ${term}` });
    const two = await buildClaim({ actor: editor, article, quote: `Two ${term}` });
    const three = await buildClaim({ actor: editor, article: other, quote: `Three ${term}` });
    await updateClaim({ actor: editor, claimId: two.id, input: { version: two.version, verdict: "false", status: "resolved", assigneeId: assignee.id } });

    const found = async (filters: Record<string, string>) => new Set(ids(await search(editor, { q: term, ...filters })));
    expect(await found({ verdict: "false" })).toEqual(new Set([two.id]));
    expect(await found({ verdict: "none" })).toEqual(new Set([one.id, three.id]));
    expect(await found({ status: "resolved" })).toEqual(new Set([two.id]));
    expect(await found({ status: "open" })).toEqual(new Set([one.id, three.id]));
    expect(await found({ article: other.id })).toEqual(new Set([three.id]));
    expect(await found({ author: author.id })).toEqual(new Set([one.id]));
    expect(await found({ assignee: assignee.id })).toEqual(new Set([two.id]));
    expect(await found({ assignee: "none" })).toEqual(new Set([one.id, three.id]));
    expect(await found({ article: article.id, verdict: "none" })).toEqual(new Set([one.id]));
  });

  it("under a blind policy finds nothing by the others' reviews, and shows none of them", async () => {
    const [term, secret] = [word(), word()];
    const { editor, article } = await articleWith(`Blind ${term} claim.`);
    await setReviewPolicy({ actor: editor, articleId: article.id, policy: "blind" });
    const claim = await buildClaim({ actor: editor, article, quote: `Blind ${term} claim.` });
    await recordReview({ actor: await buildUser(), claimId: claim.id, input: { rating: "misleading", rationale: `private ${secret}` } });
    const outsider = await buildUser();

    expect(ids(await search(outsider, { q: secret }))).toEqual([]);
    expect(ids(await search(editor, { q: secret }))).toEqual([]);
    const text = JSON.stringify(await search(outsider, { q: term }));
    expect(text).toContain(claim.id);
    expect(text).not.toMatch(new RegExp(`${secret}|misleading`));
  });

  it("treats text that looks like a marker, or like HTML, as text", async () => {
    const term = word();
    const { editor, article } = await articleWith(`Plain ${term} words.`);
    const claimant = `<b>[[hl-x]]</b> ${term}`;
    await buildClaim({ actor: editor, article, quote: `Plain ${term}`, claimant });

    const claimantHighlight = (await search(editor, { q: term })).results[0]!.highlights.find((h) => h.field === "claimant")!;
    expect(claimantHighlight.segments).toEqual([{ text: "<b>[[hl-x]]</b> ", isMatch: false }, { text: term, isMatch: true }]);
  });

  it("answers a viewer too, and a query with no words in it with no results", async () => {
    const viewer = await buildUser({ role: "viewer" });
    expect(await search(viewer, { q: "!!! ---" })).toEqual({ results: [] });
  });
});
