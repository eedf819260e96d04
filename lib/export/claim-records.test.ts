import { describe, expect, it } from "vitest";
import type { ExportClaimRow } from "@/lib/data/export/export-claim-row";
import { sourceLine, claimRecords, claimSourceRecords, guardFormula } from "./claim-records";
import { CLAIM_COLUMNS, SOURCE_COLUMNS } from "./csv-columns";

const ROW: ExportClaimRow = {
  id: "c1",
  articleId: "a1",
  articleTitle: "Title",
  articleUrl: "https://example.org/a",
  articleVersion: 2,
  exact: "=SUM(A1)",
  prefix: "before ",
  suffix: " after",
  start: 7,
  end: 15,
  anchoredVersion: 2,
  claimant: "+44 caller",
  summary: "-5% growth",
  status: "in-review",
  verdict: "mostly-false",
  rationale: "@channel said so",
  tags: ["economy", "uk"],
  sources: [
    { url: "https://one.example", title: "One", publisher: "P", stance: "supports", excerpt: "\tindented" },
    { url: "https://two.example", title: null, publisher: null, stance: "refutes", excerpt: null },
  ],
  reviews: [
    { reviewerId: "u1", reviewer: "Rosa", rating: "false", rationale: null, madeBlind: true, createdAt: "2026-11-26T07:30:00.000Z" },
    { reviewerId: "u2", reviewer: "Ravi", rating: "mostly-false", rationale: "Close", madeBlind: true, createdAt: "2026-11-26T07:40:00.000Z" },
  ],
  hiddenReviews: 0,
  createdBy: "Rosa",
  createdById: "u1",
  createdAt: "2026-11-26T07:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.123Z",
  orphan: false,
  recheckSince: null,
  recheckPreviousExact: null,
};

describe("guardFormula", () => {
  it.each(["=1+1", "+1", "-1", "@SUM", "\tx", "\rx"])("prefixes %j with a quote", (value) => {
    expect(guardFormula(value)).toBe(`'${value}`);
  });
  it.each(["plain", "1-2", "", " =not first"])("leaves %j alone", (value) => {
    expect(guardFormula(value)).toBe(value);
  });
});

describe("sourceLine", () => {
  it("carries title, publisher, url, stance and the excerpt on one line", () => {
    const source = { url: "https://stats.example/q3", title: "Q3 figures", publisher: "Statistics Office", stance: "refutes", excerpt: "Growth was\n0.1%,\r\n not 5%." } as const;
    expect(sourceLine(source)).toBe("Q3 figures — Statistics Office <https://stats.example/q3> (refutes): “Growth was 0.1%, not 5%.”");
  });
  it("leaves out what the source does not have", () => {
    expect(sourceLine({ url: "https://x.example", title: null, publisher: "X", stance: "supports", excerpt: "  " })).toBe("https://x.example — X <https://x.example> (supports)");
  });
});

describe("claimRecords", () => {
  it("has one cell per column, in the column order, every dangerous cell guarded", () => {
    const [record] = claimRecords(ROW);
    expect(record).toHaveLength(CLAIM_COLUMNS.length);
    const cell = Object.fromEntries(CLAIM_COLUMNS.map((column, index) => [column, record![index]]));
    expect(cell).toMatchObject({
      article_id: "a1",
      quote: "'=SUM(A1)",
      claimant: "'+44 caller",
      summary: "'-5% growth",
      rationale: "'@channel said so",
      tags: "economy; uk",
      sources: "One — P <https://one.example> (supports): “indented”\nhttps://two.example <https://two.example> (refutes)",
      source_count: "2",
      reviews: "Rosa: false\nRavi: mostly-false",
      start: "7",
      end: "15",
      created_at: "2026-11-26T07:00:00.000Z",
      updated_at: "2026-11-26T08:00:00.123Z",
      orphan: "false",
    });
  });

  it("says how many reviews are hidden from the reader, never whose or what", () => {
    const [record] = claimRecords({ ...ROW, reviews: [], hiddenReviews: 2 });
    expect(record![CLAIM_COLUMNS.indexOf("reviews")]).toBe("(2 hidden until you record your review)");
  });
});

describe("claimSourceRecords", () => {
  it("repeats the claim for each source", () => {
    const records = claimSourceRecords(ROW);
    expect(records).toHaveLength(2);
    expect(records[0]).toHaveLength(CLAIM_COLUMNS.length + SOURCE_COLUMNS.length);
    expect(records[0]!.slice(-5)).toEqual(["https://one.example", "One", "P", "supports", "'\tindented"]);
    expect(records[1]!.slice(-5)).toEqual(["https://two.example", "", "", "refutes", ""]);
  });

  it("keeps a claim without sources, once", () => {
    expect(claimSourceRecords({ ...ROW, sources: [] })).toHaveLength(1);
  });
});
