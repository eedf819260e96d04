import { describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring/selector";
import { getDb } from "@/lib/db/client";
import { docFromParagraphs, plainTextFromDoc, type ArticleDoc } from "@/lib/document/article-document";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { deleteClaim } from "../claims/delete-claim";
import { getClaim } from "../claims/get-claim";
import { getArticle } from "./get-article";
import { updateArticle } from "./update-article";
import { eventsSince, lastEventId } from "../events/event-log-for-tests";

const PARAGRAPHS = [
  "Officials met in Florida on Sunday.",
  "The minister said unemployment fell by 4 percent last year, the lowest rate in a decade.",
  "Critics disputed the figures. They called for an independent review.",
];
const QUOTE = "unemployment fell by 4 percent last year";

function withParagraph(index: number, text: string): ArticleDoc {
  return docFromParagraphs(PARAGRAPHS.map((paragraph, i) => (i === index ? text : paragraph)));
}

async function setup() {
  const editor = await buildUser({ role: "editor" });
  const article = await buildArticle({ actor: editor, title: "Jobs report", doc: docFromParagraphs(PARAGRAPHS) });
  const claim = await buildClaim({ article, quote: QUOTE });
  // Read back: creating the claim moved the article's lastActivityAt.
  return { editor, article: await readArticle(article.id), claim };
}

async function readClaim(claimId: string) {
  return getClaim({ actor: await buildUser({ role: "editor" }), claimId });
}

async function readArticle(articleId: string) {
  return getArticle({ actor: await buildUser({ role: "viewer" }), idOrSlug: articleId });
}

describe("updateArticle: who and when", () => {
  it.each(["viewer", "reviewer"] as const)("refuses a %s and changes nothing", async (role) => {
    const { article, claim } = await setup();
    const since = await lastEventId();
    await expect(
      updateArticle({ actor: await buildUser({ role }), articleId: article.id, version: 1, title: "Retitled", doc: withParagraph(0, "Changed.") }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await readArticle(article.id)).toEqual(article);
    expect(await readClaim(claim.id)).toEqual(claim);
    expect(await eventsSince(since)).toEqual([]);
  });

  it.each(["editor", "admin"] as const)("lets a %s edit, logging one article.updated event", async (role) => {
    const { article } = await setup();
    const actor = await buildUser({ role });
    const since = await lastEventId();
    const { article: updated } = await updateArticle({ actor, articleId: article.id, version: 1, doc: withParagraph(2, "Critics said nothing.") });
    expect(updated).toMatchObject({ version: 2, text: [PARAGRAPHS[0], PARAGRAPHS[1], "Critics said nothing."].join("\n\n") });
    const events = await eventsSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "article.updated",
      articleId: article.id,
      actorId: actor.id,
      payload: { article: updated, changes: {}, textChanged: true },
    });
  });

  it("throws ConflictError with the current version when the version is stale, and changes nothing", async () => {
    const { editor, article, claim } = await setup();
    const first = await updateArticle({ actor: editor, articleId: article.id, version: 1, doc: withParagraph(0, "Officials met in Miami on Sunday.") });
    const since = await lastEventId();

    const error = await updateArticle({ actor: editor, articleId: article.id, version: 1, title: "Stale", doc: withParagraph(1, "Overwritten.") }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: "conflict", details: { currentVersion: 2 } });
    expect(await readArticle(article.id)).toEqual(first.article);
    expect((await readClaim(claim.id)).orphan).toBe(false);
    expect(await eventsSince(since)).toEqual([]);
  });

  it("throws NotFoundError for an unknown article", async () => {
    await expect(
      updateArticle({ actor: await buildUser({ role: "editor" }), articleId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc", version: 1, title: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps the version when only the title changes", async () => {
    const { editor, article, claim } = await setup();
    const result = await updateArticle({ actor: editor, articleId: article.id, version: 1, title: "Jobs report, corrected" });
    expect(result).toEqual({
      article: { ...article, title: "Jobs report, corrected", version: 1, updatedAt: expect.any(String), lastActivityAt: expect.any(String) },
      reanchored: { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 },
    });
    expect(await readClaim(claim.id)).toEqual(claim);
    const [event] = await getDb().event.findMany({ where: { articleId: article.id, type: "article.updated" } });
    expect(event?.payload).toMatchObject({
      article: result.article,
      changes: { title: { from: article.title, to: "Jobs report, corrected" } },
      textChanged: false,
    });
  });

  it("keeps the version when the document changes but its text does not (bold added), and stores the new document", async () => {
    const { editor, article, claim } = await setup();
    const doc = docFromParagraphs(PARAGRAPHS);
    const first = doc.content[0];
    if (first?.content?.[0]) first.content[0].marks = [{ type: "bold" }];
    const { article: updated, reanchored } = await updateArticle({ actor: editor, articleId: article.id, version: 1, doc });
    expect(updated).toMatchObject({ version: 1, text: article.text, doc });
    expect(reanchored).toEqual({ unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 });
    expect(await readClaim(claim.id)).toEqual(claim);
  });

  it("increments the version once per text change", async () => {
    const { editor, article } = await setup();
    const second = await updateArticle({ actor: editor, articleId: article.id, version: 1, doc: withParagraph(0, "Officials met on Sunday.") });
    expect(second.article.version).toBe(2);
    const third = await updateArticle({ actor: editor, articleId: article.id, version: 2, doc: withParagraph(0, "Officials met on Monday.") });
    expect(third.article.version).toBe(3);
    expect((await readArticle(article.id)).version).toBe(3);
  });
});

describe("updateArticle: re-anchoring claims", () => {
  it("moves a claim exactly when a paragraph above it is edited", async () => {
    const { editor, article, claim } = await setup();
    const inserted = " afternoon, behind closed doors";
    const doc = withParagraph(0, `Officials met in Florida on Sunday${inserted}.`);

    const { reanchored } = await updateArticle({ actor: editor, articleId: article.id, version: 1, doc });

    expect(reanchored).toEqual({ unchanged: 0, moved: 1, fuzzy: 0, orphaned: 0 });
    const moved = await readClaim(claim.id);
    const newText = plainTextFromDoc(doc);
    expect(moved.selector).toEqual(describeRange(newText, claim.selector.start + inserted.length, claim.selector.end + inserted.length));
    expect(moved.selector.exact).toBe(QUOTE);
    expect(moved).toMatchObject({ orphan: false, anchoredVersion: 2 });
  });

  it("orphans a claim whose sentence was deleted, keeping its quote and position", async () => {
    const { editor, article, claim } = await setup();
    const { reanchored } = await updateArticle({ actor: editor, articleId: article.id, version: 1, doc: withParagraph(1, "The minister declined to comment.") });

    expect(reanchored).toEqual({ unchanged: 0, moved: 0, fuzzy: 0, orphaned: 1 });
    const orphan = await readClaim(claim.id);
    expect(orphan).toMatchObject({ orphan: true, anchoredVersion: 1, selector: claim.selector, deletedAt: null });
    const [event] = await getDb().event.findMany({ where: { articleId: article.id, type: "article.updated" } });
    expect(event?.payload).toMatchObject({ orphanedClaimIds: [claim.id] });
  });

  it("keeps a lightly edited claim anchored, with its new words", async () => {
    const { editor, article, claim } = await setup();
    const doc = withParagraph(1, "The minister said unemployment fell by 4.2 percent last year, the lowest rate in a decade.");

    const { reanchored } = await updateArticle({ actor: editor, articleId: article.id, version: 1, doc });

    expect(reanchored).toEqual({ unchanged: 0, moved: 0, fuzzy: 1, orphaned: 0 });
    const followed = await readClaim(claim.id);
    expect(followed).toMatchObject({ orphan: false, anchoredVersion: 2 });
    expect(followed.selector).toEqual(describeRange(plainTextFromDoc(doc), claim.selector.start, claim.selector.end + 2));
    expect(followed.selector.exact).toBe("unemployment fell by 4.2 percent last year");
  });

  it("refreshes the stored context of a claim that stays put when the text right after it changes", async () => {
    const { editor, article } = await setup();
    const claim = await buildClaim({ article, quote: "Officials met in Florida" });
    const doc = withParagraph(0, "Officials met in Florida on Saturday.");

    const { reanchored } = await updateArticle({ actor: editor, articleId: article.id, version: 1, doc });

    expect(reanchored.unchanged).toBe(1);
    const stayed = await readClaim(claim.id);
    expect(stayed).toMatchObject({ anchoredVersion: 2, orphan: false });
    expect(stayed.selector).toEqual(describeRange(plainTextFromDoc(doc), 0, "Officials met in Florida".length));
  });

  it("reports counts that match what was stored, and leaves deleted claims and existing orphans alone", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ actor: editor, doc: docFromParagraphs(PARAGRAPHS) });
    const owner = await buildUser();
    const unchanged = await buildClaim({ article, quote: "Officials met in Florida" });
    const fuzzy = await buildClaim({ article, quote: QUOTE });
    const moved = await buildClaim({ article, quote: "Critics disputed" });
    const orphaned = await buildClaim({ article, quote: "They called for an independent review." });
    const deleted = await buildClaim({ article, actor: owner, quote: "the lowest rate in a decade" });
    await deleteClaim({ actor: owner, claimId: deleted.id });
    const doc = docFromParagraphs([PARAGRAPHS[0] ?? "", (PARAGRAPHS[1] ?? "").replace("4 percent", "4.2 percent"), "Critics disputed the figures."]);

    const { reanchored } = await updateArticle({ actor: editor, articleId: article.id, version: 1, doc });

    expect(reanchored).toEqual({ unchanged: 1, moved: 1, fuzzy: 1, orphaned: 1 });
    const newText = plainTextFromDoc(doc);
    const stored = await getDb().claim.findMany({ where: { articleId: article.id }, select: { id: true, orphan: true, anchoredVersion: true, exact: true, start: true } });
    const byId = new Map(stored.map((row) => [row.id, row]));
    expect(byId.get(unchanged.id)).toMatchObject({ orphan: false, anchoredVersion: 2, start: 0 });
    expect(byId.get(moved.id)).toMatchObject({ orphan: false, anchoredVersion: 2, exact: "Critics disputed", start: newText.indexOf("Critics") });
    expect(byId.get(moved.id)?.start).toBe(moved.selector.start + 2);
    expect(byId.get(fuzzy.id)).toMatchObject({ orphan: false, anchoredVersion: 2, exact: "unemployment fell by 4.2 percent last year" });
    expect(byId.get(orphaned.id)).toMatchObject({ orphan: true, anchoredVersion: 1, exact: orphaned.selector.exact });
    expect(byId.get(deleted.id)).toMatchObject({ orphan: false, anchoredVersion: 1, exact: deleted.selector.exact, start: deleted.selector.start });
    expect(stored.filter((row) => row.orphan)).toHaveLength(reanchored.orphaned);
    expect(stored.filter((row) => row.anchoredVersion === 2)).toHaveLength(reanchored.unchanged + reanchored.moved + reanchored.fuzzy);

    // A later edit re-anchors only the live, anchored claims: the orphan is not counted again.
    const again = await updateArticle({ actor: editor, articleId: article.id, version: 2, doc: docFromParagraphs(["Officials met in Florida today.", "Critics disputed the figures."]) });
    expect(again.reanchored).toEqual({ unchanged: 1, moved: 1, fuzzy: 0, orphaned: 1 });
  });
});

describe("updateArticle: a large edit", () => {
  it("re-anchors an edit past 100,000 characters (the worker-thread path) and keeps the claim in its place", async () => {
    const filler = Array.from({ length: 1_500 }, (_, i) => `Filler paragraph ${i} said on Tuesday that nothing much happened.`);
    const paragraphs = [...filler, ...PARAGRAPHS];
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ actor: editor, title: "Long jobs report", doc: docFromParagraphs(paragraphs) });
    const claim = await buildClaim({ article, quote: QUOTE });
    const reworded = paragraphs.map((paragraph) => paragraph.replace("said on Tuesday", "announced on Wednesday"));
    expect(reworded.join("\n\n").length).toBeGreaterThan(100_000);
    const { article: updated, reanchored } = await updateArticle({ actor: editor, articleId: article.id, version: 1, doc: docFromParagraphs(reworded) });
    const moved = await readClaim(claim.id);
    expect(reanchored).toMatchObject({ moved: 1, orphaned: 0 });
    expect(updated.text.slice(moved.selector.start, moved.selector.end)).toBe(QUOTE);
  });
});
