import { describe, expect, it } from "vitest";
import { decodeSearchCursor, encodeSearchCursor, ZSearchQuery } from "./search";

const ID = "01938a6e-7c3b-7000-8000-000000000001";

describe("ZSearchQuery", () => {
  it("reads the words, the filters and a cursor, with a default page size", () => {
    const cursor = encodeSearchCursor({ rank: 0.0607927, id: ID });
    expect(ZSearchQuery.parse({ q: "  labour survey ", verdict: "none", status: "in-review", assignee: "none", cursor })).toEqual({
      q: "labour survey",
      verdict: "none",
      status: "in-review",
      assignee: "none",
      cursor: { rank: 0.0607927, id: ID },
      limit: 20,
    });
  });

  it.each([
    ["q", { q: "x".repeat(201) }],
    ["q", { q: "   " }],
    ["q", {}],
    ["q", { q: ["a", "b"] }],
    ["verdict", { q: "a", verdict: "sort-of" }],
    ["status", { q: "a", status: "done" }],
    ["article", { q: "a", article: "nope" }],
    ["assignee", { q: "a", assignee: "nobody" }],
    ["cursor", { q: "a", cursor: "not a cursor!" }],
    ["cursor", { q: "a", cursor: encodeSearchCursor({ rank: -1, id: ID }) }],
    ["cursor", { q: "a", cursor: btoa("[1, 2]") }],
    ["limit", { q: "a", limit: "500" }],
    ["sort", { q: "a", sort: "rank" }],
  ])("refuses a bad %s", (field, query) => {
    const result = ZSearchQuery.safeParse(query);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => (issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path[0]));
    expect(paths).toContain(field);
  });
});

describe("search cursors", () => {
  it("round-trip a rank exactly, in URL-safe characters", () => {
    const cursor = { rank: 0.1 + 0.2, id: ID };
    const text = encodeSearchCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSearchCursor(text)).toEqual(cursor);
  });

  it("decode to nothing when they are not ours", () => {
    expect(decodeSearchCursor("%%%")).toBeNull();
    expect(decodeSearchCursor(btoa('{"rank":1}'))).toBeNull();
  });
});
