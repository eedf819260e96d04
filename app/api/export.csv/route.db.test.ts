import Papa from "papaparse";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { docFromParagraphs } from "@/lib/document/article-document";
import { CLAIM_COLUMNS } from "@/lib/export/csv-columns";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

async function exportCsv(query: string) {
  const response = await GET(new Request(`http://claimdesk.test/api/export.csv${query}`), routeContext({}));
  const text = await response.text();
  return { response, text, rows: response.ok ? Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data.slice(1) : [] };
}

const column = (name: (typeof CLAIM_COLUMNS)[number]) => CLAIM_COLUMNS.indexOf(name);

describe("GET /api/export.csv", () => {
  let viewer: Actor;
  let rosa: Actor;
  let articles: { id: string }[];

  beforeAll(async () => {
    viewer = await buildUser({ role: "viewer" });
    rosa = await buildUser({ role: "reviewer", name: "Rosa" });
    const ravi = await buildUser({ role: "reviewer", name: "Ravi" });
    articles = [];
    for (const title of ["First", "Second", "Third"]) {
      const article = await buildArticle({ title, doc: docFromParagraphs([`${title} claim one.`, `${title} claim two.`]) });
      articles.push(article);
      await buildClaim({ actor: rosa, article, quote: `${title} claim one.` });
      await buildClaim({ actor: ravi, article, quote: `${title} claim two.` });
    }
  });

  beforeEach(() => signOut());

  it("rejects anonymous", async () => {
    expect((await exportCsv("")).response.status).toBe(401);
  });

  it("exports every live claim across articles, named claims-<date>.csv", async () => {
    signInAs(viewer);
    const { response, rows } = await exportCsv("");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="claims-\d{4}-\d\d-\d\d\.csv"$/);
    expect(rows).toHaveLength(6);
  });

  it("filters by repeated articleId, by author and by date", async () => {
    signInAs(viewer);
    const two = await exportCsv(`?articleId=${articles[0]!.id}&articleId=${articles[2]!.id}`);
    expect(new Set(two.rows.map((row) => row[column("article_title")]))).toEqual(new Set(["First", "Third"]));
    const byRosa = await exportCsv(`?author=${rosa.id}`);
    expect(byRosa.rows.map((row) => row[column("created_by")])).toEqual(["Rosa", "Rosa", "Rosa"]);
    expect((await exportCsv(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).rows).toHaveLength(0);
    expect((await exportCsv(`?to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).rows).toHaveLength(6);
  });

  it.each([
    ["?articleId=not-a-uuid", "articleId"],
    ["?from=yesterday", "from"],
    ["?layout=pivot", "layout"],
    ["?color=red", "color"],
  ])("answers %s with 400 naming %s", async (query, field) => {
    signInAs(viewer);
    const { response, text } = await exportCsv(query);
    expect(response.status).toBe(400);
    expect(Object.keys(JSON.parse(text).error.fields).some((key) => key.startsWith(field))).toBe(true);
  });
});
