import { beforeEach, describe, expect, it, vi } from "vitest";
import { listArticles } from "@/lib/data/articles/list-articles";
import { buildArticle, buildUser } from "@/test/factories";
import { jsonRequest, oversizeBody } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET, POST } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const request = () => new Request("http://claimdesk.test/api/articles");
const postArticle = (body: unknown) => POST(jsonRequest("/api/articles", "POST", body), routeContext());

async function articleCount() {
  return (await listArticles({ actor: await buildUser({ role: "viewer" }) })).length;
}

describe("GET /api/articles", () => {
  beforeEach(() => signOut());

  it("rejects anonymous", async () => {
    const response = await GET(request(), routeContext());
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
  });

  it("lists articles for any signed-in role, with claim counts", async () => {
    const article = await buildArticle({ title: "Listed article" });
    signInAs(await buildUser({ role: "viewer" }));
    const response = await GET(request(), routeContext());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      articles: [
        {
          id: article.id, slug: "listed-article", title: "Listed article", publisher: null, byline: null, claimCount: 0, lastActivityAt: article.lastActivityAt,
          progress: {
            byStatus: { open: 0, "in-review": 0, resolved: 0 },
            byVerdict: { true: 0, "mostly-true": 0, "half-true": 0, "mostly-false": 0, false: 0, misleading: 0, unproven: 0, none: 0 },
          },
        },
      ],
    });
  });
});

describe("POST /api/articles", () => {
  beforeEach(() => signOut());

  it("rejects anonymous and creates nothing", async () => {
    const before = await articleCount();
    const response = await postArticle({ title: "Anonymous", text: "Body." });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await articleCount()).toBe(before);
  });

  it.each(["viewer", "reviewer"] as const)("rejects the wrong role (%s) and creates nothing", async (role) => {
    signInAs(await buildUser({ role }));
    const before = await articleCount();
    const response = await postArticle({ title: `By a ${role}`, text: "Body." });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await articleCount()).toBe(before);
  });

  describe("as an editor", () => {
    beforeEach(async () => signInAs(await buildUser({ role: "editor" })));

    it("creates an article from plain text and answers 201 with it", async () => {
      const response = await postArticle({ title: "Plain import", publisher: "Herald", text: "First line\nwrapped.\r\n\r\nSecond." });
      expect(response.status).toBe(201);
      const { article } = (await response.json()) as { article: { id: string; text: string; doc: unknown } };
      expect(article).toMatchObject({ slug: "plain-import", title: "Plain import", publisher: "Herald", version: 1, text: "First line wrapped.\n\nSecond." });
      expect(article.doc).toEqual({
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "First line wrapped." }] },
          { type: "paragraph", content: [{ type: "text", text: "Second." }] },
        ],
      });
    });

    it("creates an article from HTML with no script, handler or javascript: link left in its document", async () => {
      const html =
        '<h1>Report</h1><p onclick="steal()">Kept <b>bold</b> <a href="javascript:alert(1)">text</a>.</p>' +
        '<script>alert(document.cookie)</script><img src="x" onerror="alert(2)"><iframe src="https://evil.test"></iframe>' +
        '<p>A <a href="https://source.test/">real link</a>.</p>';
      const response = await postArticle({ title: "HTML import", html });
      expect(response.status).toBe(201);
      const { article } = (await response.json()) as { article: { doc: unknown; text: string } };
      const json = JSON.stringify(article.doc).toLowerCase();
      for (const word of ["script", "alert", "onclick", "onerror", "steal", "javascript", "iframe", "evil", "cookie"]) expect(json).not.toContain(word);
      expect(article.text).toBe("Report\n\nKept bold text.\n\nA real link.");
      expect(json).toContain('"href":"https://source.test/"');
    });

    it("creates an article from Markdown, dropping raw HTML in it", async () => {
      const response = await postArticle({ title: "Markdown import", markdown: "## Heading\n\nSome **bold**.\n\n<script>alert(1)</script>" });
      expect(response.status).toBe(201);
      const { article } = (await response.json()) as { article: { doc: unknown; text: string } };
      expect(article.text).toBe("Heading\n\nSome bold.");
      expect(JSON.stringify(article.doc)).not.toContain("script");
    });

    it.each([
      ["both text and html", { title: "Two bodies", text: "A.", html: "<p>B.</p>" }, "text"],
      ["all three bodies", { title: "Three bodies", text: "A.", markdown: "B.", html: "<p>C.</p>" }, "text"],
      ["no body", { title: "No body" }, "text"],
      ["no title", { text: "Body." }, "title"],
      ["a blank title", { title: "   ", text: "Body." }, "title"],
      ["a numeric title", { title: 42, text: "Body." }, "title"],
      ["a javascript: source URL", { title: "Bad source", text: "Body.", sourceUrl: "javascript:alert(1)" }, "sourceUrl"],
      ["a text body over 1,000,000 characters", { title: "Huge", text: "x".repeat(1_000_001) }, "text"],
    ])("answers %s with 400 naming %s, and creates nothing", async (_label, body, field) => {
      const before = await articleCount();
      const response = await postArticle(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "invalid_input", message: expect.any(String), fields: { [field]: [expect.any(String)] } } });
      expect(await articleCount()).toBe(before);
    });

    it("answers a body with no text left after cleaning with 400, and creates nothing", async () => {
      const before = await articleCount();
      const response = await postArticle({ title: "Only a script", html: "<script>alert(1)</script>" });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_input", fields: expect.any(Object) } });
      expect(Object.keys((await postArticle({ title: "Only a script", html: "<script>alert(1)</script>" }).then((r) => r.json())).error.fields)).toEqual(["html"]);
      expect(await articleCount()).toBe(before);
    });

    it("answers invalid JSON with 400 and a 3 MB body with 413", async () => {
      const before = await articleCount();
      const invalid = await postArticle("{title: nope");
      expect(invalid.status).toBe(400);
      expect(await invalid.json()).toMatchObject({ error: { code: "invalid_input", fields: { _: ["Invalid JSON."] } } });
      const huge = await postArticle(oversizeBody());
      expect(huge.status).toBe(413);
      expect(await huge.json()).toMatchObject({ error: { code: "invalid_input", fields: { _: [expect.any(String)] } } });
      expect(await articleCount()).toBe(before);
    });
  });
});
