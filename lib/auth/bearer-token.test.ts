import { describe, expect, it } from "vitest";
import { parseBearerToken } from "./bearer-token";

describe("parseBearerToken", () => {
  it.each([
    ["Bearer cdk_abc-DEF_123", "cdk_abc-DEF_123"],
    ["bearer cdk_abc", "cdk_abc"],
    ["BEARER   cdk_abc  ", "cdk_abc"],
  ])("reads %j", (header, token) => {
    expect(parseBearerToken(header)).toBe(token);
  });

  it.each([
    ["an empty header", ""],
    ["a scheme without a token", "Bearer"],
    ["a scheme and blanks only", "Bearer    "],
    ["Basic credentials", "Basic dXNlcjpwYXNz"],
    ["two tokens", "Bearer one two"],
    ["a bare token without the scheme", "cdk_abc"],
  ])("refuses %s", (_label, header) => {
    expect(parseBearerToken(header)).toBeNull();
  });
});
