import Papa from "papaparse";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { listClaimsForArticle } from "@/lib/data/claims/list-claims";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { recordReview } from "@/lib/data/reviews/record-review";
import { docFromParagraphs } from "@/lib/document/article-document";
import { guardFormula } from "@/lib/export/claim-records";
import { CLAIM_COLUMNS, SOURCE_COLUMNS } from "@/lib/export/csv-columns";
import { buildArticle, buildClaim, buildSource, buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const TRICKY = [
  "Commas, here",
  'He said "quoted" words',
  "Line one\r\nline two\nline three",
  "Tab\tinside",
  "=HYPERLINK(\"https://evil.example\")",
  "+33 1 23 45",
  "-12% in a year",
  "@everyone look",
  "Emoji 🎉👩🏽‍💻 and curly “quotes”",
  "نص عربي من اليمين إلى اليسار",
];
const PARAGRAPHS = TRICKY.map((text, index) => `Claim ${index}: ${text.replace(/\s+/g, " ")} ends here.`);

async function download(articleId: string, query = ""): Promise<{ response: Response; text: string }> {
  const response = await GET(new Request(`http://claimdesk.test/api/articles/${articleId}/export.csv${query}`), routeContext({ id: articleId }));
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { newline: "\r\n", skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("GET /api/articles/[id]/export.csv", () => {
  let viewer: Actor;
  let article: Awaited<ReturnType<typeof buildArticle>>;

  beforeAll(async () => {
    const editor = await buildUser({ role: "editor" });
    const reviewer = await buildUser({ role: "reviewer", name: "Rosa, “the” Reviewer" });
    const second = await buildUser({ role: "reviewer", name: "Ravi" });
    viewer = await buildUser({ role: "viewer" });
    article = await buildArticle({ actor: editor, title: 'An article, with "quotes"', sourceUrl: "https://example.org/a?x=1,2", doc: docFromParagraphs(PARAGRAPHS) });
    for (const [index, text] of TRICKY.entries()) {
      const claim = await buildClaim({ actor: reviewer, article, quote: PARAGRAPHS[index]!.slice(0, 20), claimant: text, summary: text, tags: [text.slice(0, 30), "tag"] });
      await updateClaim({ actor: reviewer, claimId: claim.id, input: { version: claim.version, verdict: "misleading", rationale: `${text} ${"long ".repeat(2_000)}` } });
      if (index % 2 === 0) {
        await buildSource({ actor: reviewer, claim, url: "https://example.org/s,1", title: text, excerpt: text, stance: "refutes" });
        await buildSource({ actor: second, claim, url: "https://example.org/s2", title: "Second", stance: "context" });
        await recordReview({ actor: second, claimId: claim.id, input: { rating: "false" } });
      }
    }
  });

  beforeEach(() => signOut());

  it("rejects anonymous", async () => {
    const { response } = await download(article.id);
    expect(response.status).toBe(401);
    expect(JSON.parse((await download(article.id)).text)).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("answers a bad filter with 400 naming it, and an unknown article with 404", async () => {
    signInAs(viewer);
    const bad = await download(article.id, "?verdict=sort-of");
    expect(bad.response.status).toBe(400);
    expect(JSON.parse(bad.text).error.fields).toHaveProperty("verdict");
    expect((await download("00000000-0000-4000-8000-000000000000")).response.status).toBe(404);
  });

  it("round-trips every field through a real CSV parser, with the exact header, CRLF and a BOM", async () => {
    signInAs(viewer);
    const { response, text } = await download(article.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${article.slug}-\\d{4}-\\d\\d-\\d\\d\\.csv"$`));
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.slice(1, text.indexOf("\r\n"))).toBe(CLAIM_COLUMNS.join(","));
    expect(text.replace(/\r\n/g, "").replace(/"[^"]*"/g, "")).not.toMatch(/\n/); // bare LF only inside quoted fields

    const [header, ...records] = parse(text);
    expect(header).toEqual([...CLAIM_COLUMNS]);
    const claims = await listClaimsForArticle({ actor: viewer, articleId: article.id });
    expect(records).toHaveLength(claims.length);
    for (const record of records) {
      const cell = Object.fromEntries(CLAIM_COLUMNS.map((column, index) => [column, record[index]]));
      const claim = claims.find((candidate) => candidate.id === cell.claim_id)!;
      expect(claim, `claim ${cell.claim_id}`).toBeDefined();
      expect(cell).toEqual({
        article_id: article.id,
        article_title: article.title,
        article_url: article.sourceUrl,
        claim_id: claim.id,
        quote: guardFormula(claim.selector.exact),
        prefix: guardFormula(claim.selector.prefix),
        suffix: guardFormula(claim.selector.suffix),
        start: String(claim.selector.start),
        end: String(claim.selector.end),
        claimant: guardFormula(claim.claimant!),
        summary: guardFormula(claim.summary!),
        status: claim.status,
        verdict: claim.verdict,
        rationale: guardFormula(claim.rationale!),
        tags: guardFormula(claim.tags.join("; ")),
        sources: guardFormula(
          claim.sources
            .map((s) => `${[s.title ?? s.url, s.publisher].filter(Boolean).join(" — ")} <${s.url}> (${s.stance})${s.excerpt ? `: “${s.excerpt.replace(/\s+/g, " ").trim()}”` : ""}`)
            .join("\n"),
        ),
        source_count: String(claim.sources.length),
        reviews: claim.sources.length ? "Ravi: false" : "",
        created_by: claim.createdBy.name,
        created_at: claim.createdAt,
        updated_at: claim.updatedAt,
        orphan: "false",
      });
      expect(cell.rationale!.length).toBeGreaterThan(10_000);
    }
    const claimants = records.map((record) => record[CLAIM_COLUMNS.indexOf("claimant")]);
    expect(claimants).toEqual(expect.arrayContaining(["'=HYPERLINK(\"https://evil.example\")", "'+33 1 23 45", "'-12% in a year", "'@everyone look", "Line one\r\nline two\nline three", "Emoji 🎉👩🏽‍💻 and curly “quotes”", "نص عربي من اليمين إلى اليسار"]));
  });

  it("omits the BOM with bom=0 and filters by verdict", async () => {
    signInAs(viewer);
    const { text } = await download(article.id, "?bom=0&verdict=true");
    expect(text.startsWith(CLAIM_COLUMNS[0])).toBe(true);
    expect(parse(text)).toHaveLength(1);
  });

  it("with layout=sources, repeats each claim per source and keeps claims without sources once", async () => {
    signInAs(viewer);
    const [header, ...records] = parse((await download(article.id, "?layout=sources")).text);
    expect(header).toEqual([...CLAIM_COLUMNS, ...SOURCE_COLUMNS]);
    const claims = await listClaimsForArticle({ actor: viewer, articleId: article.id });
    const expected = claims.reduce((sum, claim) => sum + Math.max(1, claim.sources.length), 0);
    expect(records).toHaveLength(expected);
    const urlColumn = CLAIM_COLUMNS.length;
    expect(records.filter((record) => record[urlColumn] === "https://example.org/s,1")).toHaveLength(5);
    expect(records.filter((record) => record[urlColumn] === "")).toHaveLength(5);
  });

  it("never exports deleted claims", async () => {
    const { deleteClaim } = await import("@/lib/data/claims/delete-claim");
    const editor = await buildUser({ role: "editor" });
    const claims = await listClaimsForArticle({ actor: viewer, articleId: article.id });
    await deleteClaim({ actor: editor, claimId: claims[0]!.id });
    signInAs(viewer);
    const [, ...records] = parse((await download(article.id)).text);
    expect(records).toHaveLength(claims.length - 1);
    expect(records.map((record) => record[3])).not.toContain(claims[0]!.id);
  });
});
