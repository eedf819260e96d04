import { docFromParagraphs } from "@/lib/document/article-document";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { buildArticle, buildUser } from "@/test/factories";
import { createArticle } from "./create-article";

const INPUT = { title: "Officials say “more work” remains", publisher: "National Herald", doc: docFromParagraphs(["First claim.", "Second, with context."]) };

describe("createArticle", () => {
  it("lets an editor create an article and logs article.created", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await createArticle({ actor: editor, input: INPUT });
    expect(article).toMatchObject({
      slug: "officials-say-more-work-remains",
      title: INPUT.title,
      publisher: "National Herald",
      byline: null,
      text: "First claim.\n\nSecond, with context.",
      version: 1,
      doc: { type: "doc", content: [expect.objectContaining({ type: "paragraph" }), expect.objectContaining({ type: "paragraph" })] },
    });
    const events = await getDb().event.findMany({ where: { articleId: article.id } });
    expect(events).toMatchObject([{ type: "article.created", actorId: editor.id, payload: { article } }]);
    const stored = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, select: { createdById: true } });
    expect(stored.createdById).toBe(editor.id);
  });

  it("gives a colliding title a different, still readable slug", async () => {
    const first = await buildArticle({ title: "Same title" });
    const second = await buildArticle({ title: "Same title" });
    expect(first.slug).toBe("same-title");
    expect(second.slug).toMatch(/^same-title-[0-9a-f]{6}$/);
  });

  it("lets an admin create an article too", async () => {
    const admin = await buildUser({ role: "admin" });
    await expect(createArticle({ actor: admin, input: { ...INPUT, title: "By an admin" } })).resolves.toMatchObject({ slug: "by-an-admin" });
  });

  it.each(["reviewer", "viewer"] as const)("refuses a %s and writes nothing", async (role) => {
    const actor = await buildUser({ role });
    const [articles, events] = [await getDb().article.count(), await getDb().event.count()];
    await expect(createArticle({ actor, input: { ...INPUT, title: `By a ${role}` } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getDb().article.count()).toBe(articles);
    expect(await getDb().event.count()).toBe(events);
  });
});
