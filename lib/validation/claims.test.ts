import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsFrom } from "@/lib/api/parse";
import { ZCreateClaim, ZCreateSource, ZUpdateClaim, ZUpdateSource } from "./claims";

const SELECTOR = { exact: "a claim", start: 10, end: 17 };
const SOURCE = { url: "https://example.test/report", stance: "refutes" };

/** The field paths zod names when it refuses `value` (empty when it accepts it). */
function refusedFields(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : Object.keys(fieldErrorsFrom(result.error));
}

describe("ZCreateClaim", () => {
  it("accepts a selector with optional text fields, trimming them and turning blanks into null", () => {
    expect(ZCreateClaim.parse({ selector: SELECTOR, claimant: "  The minister ", summary: "   ", tags: [" economy "] })).toEqual({
      selector: SELECTOR,
      claimant: "The minister",
      summary: null,
      tags: ["economy"],
    });
  });

  it.each([
    ["start equal to end", { ...SELECTOR, end: 10 }, "selector.end"],
    ["start after end", { ...SELECTOR, start: 20, end: 17 }, "selector.end"],
    ["a negative start", { ...SELECTOR, start: -1 }, "selector.start"],
    ["a fractional end", { ...SELECTOR, end: 17.5 }, "selector.end"],
    ["a string offset", { ...SELECTOR, start: "10" }, "selector.start"],
    ["an empty quote", { ...SELECTOR, exact: "" }, "selector.exact"],
    ["a quote over 10,000 characters", { exact: "x".repeat(10_001), start: 0, end: 10_001 }, "selector.exact"],
    ["a prefix over 1,000 characters", { ...SELECTOR, prefix: "x".repeat(1_001) }, "selector.prefix"],
  ])("refuses %s, naming %s", (_label, selector, field) => {
    expect(refusedFields(ZCreateClaim, { selector })).toEqual([field]);
  });

  it.each([
    ["a missing selector", {}, "selector"],
    ["a claimant over 200 characters", { selector: SELECTOR, claimant: "x".repeat(201) }, "claimant"],
    ["a summary over 500 characters", { selector: SELECTOR, summary: "x".repeat(501) }, "summary"],
    ["a 1 MB summary", { selector: SELECTOR, summary: "x".repeat(1_000_000) }, "summary"],
    ["a numeric summary", { selector: SELECTOR, summary: 5 }, "summary"],
    ["a tag over 40 characters", { selector: SELECTOR, tags: ["x".repeat(41)] }, "tags.0"],
    ["an empty tag", { selector: SELECTOR, tags: ["ok", "  "] }, "tags.1"],
    ["21 tags", { selector: SELECTOR, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "tags"],
  ])("refuses %s, naming %s", (_label, input, field) => {
    expect(refusedFields(ZCreateClaim, input)).toEqual([field]);
  });

  it("accepts the limits themselves", () => {
    const input = { selector: SELECTOR, claimant: "x".repeat(200), summary: "x".repeat(500), tags: Array.from({ length: 20 }, () => "x".repeat(40)) };
    expect(refusedFields(ZCreateClaim, input)).toEqual([]);
  });
});

describe("ZUpdateClaim", () => {
  it("accepts a partial change with the version read, a null verdict and a null assignee", () => {
    expect(ZUpdateClaim.parse({ version: 3, verdict: null, assigneeId: null, status: "in-review" })).toEqual({
      version: 3,
      verdict: null,
      assigneeId: null,
      status: "in-review",
    });
  });

  it.each(["true", "mostly-true", "half-true", "mostly-false", "false", "misleading", "unproven"])("accepts the verdict %s", (verdict) => {
    expect(refusedFields(ZUpdateClaim, { version: 1, verdict })).toEqual([]);
  });

  it.each([
    ["an unknown verdict", { version: 1, verdict: "pants-on-fire" }, "verdict"],
    ["the database spelling of a verdict", { version: 1, verdict: "mostly_true" }, "verdict"],
    ["an unknown status", { version: 1, status: "done" }, "status"],
    ["a missing version", { summary: "S" }, "version"],
    ["a version of 0", { version: 0 }, "version"],
    ["a string version", { version: "1" }, "version"],
    ["an assignee that is not a uuid", { version: 1, assigneeId: "bob" }, "assigneeId"],
    ["a rationale over 20,000 characters", { version: 1, rationale: "x".repeat(20_001) }, "rationale"],
    ["a selector with start >= end", { version: 1, selector: { ...SELECTOR, start: 17 } }, "selector.end"],
  ])("refuses %s, naming %s", (_label, input, field) => {
    expect(refusedFields(ZUpdateClaim, input)).toEqual([field]);
  });

  it("rejects an unknown key instead of ignoring it", () => {
    const result = ZUpdateClaim.safeParse({ version: 1, createdById: "0193f3c4-5b6a-7c8d-9e0f-123456789abc" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["createdById"] })]);
  });
});

describe("unknown fields", () => {
  it.each([
    ["ZCreateClaim", ZCreateClaim, { selector: SELECTOR, verdict: "false" }, "verdict"],
    ["ZCreateSource", ZCreateSource, { ...SOURCE, addedById: "x" }, "addedById"],
    ["ZUpdateClaim", ZUpdateClaim, { version: 1, deletedAt: null }, "deletedAt"],
  ] as const)("%s refuses them, naming the field", (_name, schema, input, field) => {
    expect(refusedFields(schema, input)).toEqual([field]);
  });
});

describe("ZCreateSource", () => {
  it("accepts an http(s) URL and a stance, optional fields null when blank", () => {
    expect(ZCreateSource.parse({ ...SOURCE, title: " Report ", publisher: "" })).toEqual({ ...SOURCE, title: "Report", publisher: null });
    expect(refusedFields(ZCreateSource, { ...SOURCE, url: "http://example.test" })).toEqual([]);
  });

  it.each([
    ["a javascript: URL", { ...SOURCE, url: "javascript:alert(1)" }, "url"],
    ["a JavaScript: URL in mixed case", { ...SOURCE, url: "JavaScript:alert(1)//https://x.test" }, "url"],
    ["a data: URL", { ...SOURCE, url: "data:text/html,<script>alert(1)</script>" }, "url"],
    ["a file: URL", { ...SOURCE, url: "file:///etc/passwd" }, "url"],
    ["a relative URL", { ...SOURCE, url: "/report" }, "url"],
    ["a URL over 2,048 characters", { ...SOURCE, url: `https://example.test/${"x".repeat(2_048)}` }, "url"],
    ["a missing URL", { stance: "supports" }, "url"],
    ["a missing stance", { url: SOURCE.url }, "stance"],
    ["an unknown stance", { ...SOURCE, stance: "neutral" }, "stance"],
    ["a title over 300 characters", { ...SOURCE, title: "x".repeat(301) }, "title"],
    ["an excerpt over 5,000 characters", { ...SOURCE, excerpt: "x".repeat(5_001) }, "excerpt"],
  ])("refuses %s, naming %s", (_label, input, field) => {
    expect(refusedFields(ZCreateSource, input)).toEqual([field]);
  });
});

describe("ZUpdateSource", () => {
  it("accepts any subset and refuses unknown keys and bad URLs", () => {
    expect(ZUpdateSource.parse({ stance: "context" })).toEqual({ stance: "context" });
    expect(refusedFields(ZUpdateSource, { claimId: "x" })).toEqual(["claimId"]);
    expect(refusedFields(ZUpdateSource, { url: "javascript:alert(1)" })).toEqual(["url"]);
  });
});
