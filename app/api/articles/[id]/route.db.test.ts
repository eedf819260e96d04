import { beforeEach, describe, expect, it, vi } from "vitest";
import { getArticle as readArticle } from "@/lib/data/articles/get-article";
import { eventsSince, lastEventId } from "@/lib/data/events/event-log-for-tests";
import { listClaimsForArticle } from "@/lib/data/claims/list-claims";
import { docFromParagraphs } from "@/lib/document/article-document";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { jsonRequest, oversizeBody } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET, PATCH } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const getArticle = (id: string) => GET(new Request(`http://claimdesk.test/api/articles/${id}`), routeContext({ id }));
const patchArticle = (id: string, body: unknown) => PATCH(jsonRequest(`/api/articles/${id}`, "PATCH", body), routeContext({ id }));

describe("GET /api/articles/[id]", () => {
  beforeEach(() => signOut());

  it("rejects anonymous", async () => {
    const article = await buildArticle();
    const response = await getArticle(article.id);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("returns the article by id and by slug", async () => {
    const article = await buildArticle({ title: "Read me" });
    signInAs(await buildUser({ role: "viewer" }));
    for (const id of [article.id, "read-me"]) {
      const response = await getArticle(id);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ article });
    }
  });

  it.each(["0193f3c4-5b6a-7c8d-9e0f-123456789abc", "no-such-article", "x".repeat(201)])("answers 404 JSON for the unknown %s", async (id) => {
    signInAs(await buildUser({ role: "viewer" }));
    const response = await getArticle(id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });
});

describe("PATCH /api/articles/[id]", () => {
  beforeEach(() => signOut());

  /** The article and its claims as stored, to check that a refused request changed nothing. */
  async function stored(articleId: string) {
    const editor = await buildUser({ role: "editor" });
    return {
      article: await readArticle({ actor: editor, idOrSlug: articleId }),
      claims: await listClaimsForArticle({ actor: editor, articleId, includeDeleted: true }),
    };
  }

  async function articleWithClaim() {
    const article = await buildArticle({ doc: docFromParagraphs(["Intro.", "The claim is here."]) });
    const claim = await buildClaim({ article, quote: "claim is here" });
    return { article, claim };
  }

  it("rejects anonymous and changes nothing", async () => {
    const { article } = await articleWithClaim();
    const before = await stored(article.id);
    const response = await patchArticle(article.id, { version: 1, title: "Anonymous edit" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await stored(article.id)).toEqual(before);
  });

  it.each(["viewer", "reviewer"] as const)("rejects the wrong role (%s) and changes nothing", async (role) => {
    const { article } = await articleWithClaim();
    signInAs(await buildUser({ role }));
    const before = await stored(article.id);
    const response = await patchArticle(article.id, { version: 1, text: "Rewritten.", sourceUrl: "https://news.example/a", language: "en" });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await stored(article.id)).toEqual(before);
  });

  describe("as an editor", () => {
    beforeEach(async () => signInAs(await buildUser({ role: "editor" })));

    it("saves new text, re-anchors the claims and answers with the article and the summary", async () => {
      const { article, claim } = await articleWithClaim();
      const response = await patchArticle(article.id, { version: 1, title: "Edited", text: "A longer intro.\n\nThe claim is here." });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        article: expect.objectContaining({ id: article.id, title: "Edited", version: 2, text: "A longer intro.\n\nThe claim is here." }),
        reanchored: { unchanged: 0, moved: 1, fuzzy: 0, orphaned: 0 },
      });
      const [moved] = (await stored(article.id)).claims;
      expect(moved).toMatchObject({ id: claim.id, orphan: false, anchoredVersion: 2, selector: { exact: "claim is here", start: claim.selector.start + 9 } });
    });

    it("answers a stale version with 409 and the current version, and changes nothing", async () => {
      const { article } = await articleWithClaim();
      expect((await patchArticle(article.id, { version: 1, text: "First edit.\n\nThe claim is here." })).status).toBe(200);
      const before = await stored(article.id);
      const response = await patchArticle(article.id, { version: 1, text: "Second edit from a stale copy." });
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({ error: { code: "conflict", message: expect.any(String), currentVersion: 2 } });
      expect(await stored(article.id)).toEqual(before);
    });

    it("stores HTML without its script", async () => {
      const { article } = await articleWithClaim();
      const response = await patchArticle(article.id, { version: 1, html: "<p>Intro.</p><script>alert(1)</script><p onclick=\"x()\">The claim is here.</p>" });
      expect(response.status).toBe(200);
      const { article: updated } = (await response.json()) as { article: { doc: unknown; text: string; version: number } };
      expect(updated.text).toBe("Intro.\n\nThe claim is here.");
      expect(updated.version).toBe(1);
      for (const word of ["script", "alert", "onclick"]) expect(JSON.stringify(updated.doc)).not.toContain(word);
    });

    it.each([
      ["both text and html", { version: 1, text: "A.", html: "<p>B.</p>" }, "text"],
      ["a missing version", { title: "No version" }, "version"],
      ["a string version", { version: "1", title: "x" }, "version"],
      ["a blank title", { version: 1, title: " " }, "title"],
      ["an unknown key", { version: 1, slug: "hijack" }, "slug"],
      ["a javascript: source URL", { version: 1, sourceUrl: "javascript:alert(1)" }, "sourceUrl"],
      ["a file: source URL", { version: 1, sourceUrl: "file:///etc/passwd" }, "sourceUrl"],
      ["a source URL that is no URL", { version: 1, sourceUrl: "news.example/a" }, "sourceUrl"],
      ["a language that is no BCP 47 tag", { version: 1, language: "English (UK)" }, "language"],
    ])("answers %s with 400 naming %s, and changes nothing", async (_label, body, field) => {
      const { article } = await articleWithClaim();
      const before = await stored(article.id);
      const response = await patchArticle(article.id, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "invalid_input", message: expect.any(String), fields: { [field]: [expect.any(String)] } } });
      expect(await stored(article.id)).toEqual(before);
    });

    it("sets the source URL and the language (canonical) without a new version, and says so in the event", async () => {
      const { article } = await articleWithClaim();
      const since = await lastEventId();
      const response = await patchArticle(article.id, { version: 1, sourceUrl: "https://news.example/budget", language: "AR-eg" });
      expect(response.status).toBe(200);
      const { article: updated } = (await response.json()) as { article: { sourceUrl: string; language: string; version: number } };
      expect(updated).toMatchObject({ sourceUrl: "https://news.example/budget", language: "ar-EG", version: 1 });
      expect((await stored(article.id)).article).toMatchObject({ sourceUrl: "https://news.example/budget", language: "ar-EG", version: 1 });
      const [event] = await eventsSince(since);
      expect(event?.payload).toMatchObject({
        changes: { sourceUrl: { from: article.sourceUrl, to: "https://news.example/budget" }, language: { from: article.language, to: "ar-EG" } },
        textChanged: false,
      });
    });

    it("clears the source URL and the language with null", async () => {
      const article = await buildArticle({ sourceUrl: "https://news.example/old", language: "en" });
      const response = await patchArticle(article.id, { version: article.version, sourceUrl: null, language: null });
      expect(response.status).toBe(200);
      expect((await stored(article.id)).article).toMatchObject({ sourceUrl: null, language: null });
    });

    it("answers invalid JSON with 400, a 3 MB body with 413, and changes nothing", async () => {
      const { article } = await articleWithClaim();
      const before = await stored(article.id);
      const invalid = await patchArticle(article.id, '{"version": 1,');
      expect(invalid.status).toBe(400);
      expect(await invalid.json()).toMatchObject({ error: { code: "invalid_input", fields: { _: ["Invalid JSON."] } } });
      const huge = await patchArticle(article.id, oversizeBody());
      expect(huge.status).toBe(413);
      expect(await stored(article.id)).toEqual(before);
    });

    it.each(["not-a-uuid", "0193f3c4-5b6a-7c8d-9e0f-123456789abc"])("answers 404 for the unknown id %s", async (id) => {
      const response = await patchArticle(id, { version: 1, title: "x" });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    });
  });
});
