/** Inputs that ended in a 500 (Postgres refusing them, or the error report throwing): each is a 400 naming its field, and stores nothing. */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { countRows } from "@/lib/data/row-counts-for-tests";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { signInAs } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import * as articles from "@/app/api/articles/route";
import * as articleClaims from "@/app/api/articles/[id]/claims/route";
import * as claim from "@/app/api/claims/[id]/route";
import * as tokens from "@/app/api/tokens/route";
import * as user from "@/app/api/users/[id]/route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
/** A raw JSON text, so `__proto__` and `\u0000` reach the server exactly as an attacker sends them. */
const send = (handler: unknown, method: string, path: string, raw: string, params: Record<string, string> = {}) =>
  (handler as Handler)(new Request(`http://claimdesk.test${path}`, { method, body: raw, headers: { "content-type": "application/json" } }), routeContext(params));

async function expectRefused(response: Response, field: string) {
  expect(response.status).toBe(400);
  const { error } = await response.json();
  expect(Object.keys(error.fields)).toContain(field);
}

const counts = countRows;

describe("hostile input", () => {
  let editor: Awaited<ReturnType<typeof buildUser>>;
  beforeEach(async () => {
    editor = await buildUser({ role: "admin" });
    signInAs(editor);
  });

  it("refuses a NUL character or a lone surrogate in any text field, naming it", async () => {
    const article = await buildArticle({ actor: editor });
    const before = await counts();
    const at = article.text.indexOf("first");
    const selector = `{"exact":"first","start":${at},"end":${at + 5}}`;
    await expectRefused(await send(articles.POST, "POST", "/api/articles", String.raw`{"title":"a\u0000b","text":"Some text."}`), "title");
    await expectRefused(await send(articles.POST, "POST", "/api/articles", String.raw`{"title":"\ud800","text":"Some text."}`), "title");
    await expectRefused(await send(articles.POST, "POST", "/api/articles", String.raw`{"title":"T","text":"Some \udc00 text."}`), "text");
    await expectRefused(await send(articleClaims.POST, "POST", `/api/articles/${article.id}/claims`, String.raw`{"selector":${selector},"summary":"a\u0000b"}`, { id: article.id }), "summary");
    await expectRefused(await send(tokens.POST, "POST", "/api/tokens", String.raw`{"name":"a\u0000b"}`), "name");
    expect(await counts()).toEqual(before);
  });

  it("names `__proto__` and `constructor` keys as unknown fields instead of failing", async () => {
    const existing = await buildClaim();
    await expectRefused(await send(claim.PATCH, "PATCH", `/api/claims/${existing.id}`, `{"version":1,"__proto__":{"admin":true}}`, { id: existing.id }), "__proto__");
    await expectRefused(await send(claim.PATCH, "PATCH", `/api/claims/${existing.id}`, `{"version":1,"constructor":{"prototype":1}}`, { id: existing.id }), "constructor");
    await expectRefused(await send(tokens.POST, "POST", "/api/tokens", `{"name":"t","__proto__":1}`), "__proto__");
  });

  it("refuses unknown fields on article import, a role change and inside a selector", async () => {
    const article = await buildArticle({ actor: editor });
    const other = await buildUser();
    const at = article.text.indexOf("first");
    await expectRefused(await send(articles.POST, "POST", "/api/articles", `{"title":"T","text":"Some text.","createdById":"x"}`), "createdById");
    await expectRefused(await send(user.PATCH, "PATCH", `/api/users/${other.id}`, `{"role":"editor","disabledAt":null}`, { id: other.id }), "disabledAt");
    await expectRefused(
      await send(articleClaims.POST, "POST", `/api/articles/${article.id}/claims`, `{"selector":{"exact":"first","start":${at},"end":${at + 5},"orphan":true}}`, { id: article.id }),
      "selector.orphan",
    );
  });
});

describe("bodies that cost too much to convert", () => {
  it("refuses deeply nested HTML with 413 naming the field and the limit, at once, and stores nothing", async () => {
    signInAs(await buildUser({ role: "editor" }));
    const before = await countRows();
    const html = "<div><b><i>x".repeat(80_000);
    const response = await send(articles.POST, "POST", "/api/articles", JSON.stringify({ title: "Nested", html }));
    expect(response.status).toBe(413);
    expect((await response.json()).error.fields.html[0]).toMatch(/nests elements more than 256 deep/);
    expect(await countRows()).toEqual(before);
  });

  it("stops a conversion past its time limit (413 naming the field) while the server goes on answering, and stores nothing", async () => {
    signInAs(await buildUser({ role: "editor" }));
    const before = await countRows();
    vi.stubEnv("CLAIMDESK_IMPORT_TIME_LIMIT_MS", "100");
    try {
      // About 2 s of markdown-it's work on this machine: emphasis delimiters that never close.
      const pending = send(articles.POST, "POST", "/api/articles", JSON.stringify({ title: "Slow", markdown: "_a_b".repeat(200_000) }));
      // Converted on the main thread, the import would be over before this timer could fire.
      const first = await Promise.race([pending.then(() => "import"), new Promise((resolve) => setTimeout(resolve, 20, "timer"))]);
      expect(first).toBe("timer");
      const response = await pending;
      expect(response.status).toBe(413);
      expect((await response.json()).error.fields.markdown[0]).toMatch(/took more than 0\.1 s/);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(await countRows()).toEqual(before);
  });

  it("imports Markdown entities and HTML runs in linear time (these took 19 s and 85 s for 1 MB)", async () => {
    signInAs(await buildUser({ role: "editor" }));
    // A generous limit: the test's own timeout is what catches a quadratic conversion.
    vi.stubEnv("CLAIMDESK_IMPORT_TIME_LIMIT_MS", "20000");
    try {
      const entities = await send(articles.POST, "POST", "/api/articles", JSON.stringify({ title: "Entities", markdown: "&amp;".repeat(200_000) }));
      expect(entities.status).toBe(201);
      const code = await send(articles.POST, "POST", "/api/articles", JSON.stringify({ title: "Code", markdown: "`a ``b ".repeat(140_000) }));
      expect(code.status).toBe(201);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
