import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { parseExpectedVersion } from "./expected-version";

const request = (query = "", headers: Record<string, string> = {}) => new Request(`http://claimdesk.test/api/claims/x${query}`, { method: "DELETE", headers });

describe("parseExpectedVersion", () => {
  it("is undefined when neither If-Match nor ?version= is given (the old behaviour)", () => {
    expect(parseExpectedVersion(request())).toBeUndefined();
  });

  it.each([
    ['"3"', 3],
    ["3", 3],
    ['W/"12"', 12],
  ])("reads If-Match: %s", (header, version) => {
    expect(parseExpectedVersion(request("", { "if-match": header }))).toBe(version);
  });

  it("reads ?version=, and accepts both when they agree", () => {
    expect(parseExpectedVersion(request("?version=4"))).toBe(4);
    expect(parseExpectedVersion(request("?version=4", { "if-match": '"4"' }))).toBe(4);
  });

  it.each([
    ["?version=abc", {}, "version"],
    ["?version=0", {}, "version"],
    ["", { "if-match": "*" }, "If-Match"],
    ["?version=2", { "if-match": "3" }, "version"],
  ])("refuses %s %j with a 400 naming %s", (query, headers, field) => {
    let error: unknown;
    try {
      parseExpectedVersion(request(query, headers as Record<string, string>));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).status).toBe(400);
    expect(Object.keys((error as ValidationError).fields ?? {})).toEqual([field]);
  });
});
