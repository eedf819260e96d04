import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it.each(["/articles/x", "/articles/x?tab=claims#c1", "/", "/admin/users"])("keeps the same-site path %j", (value) => {
    expect(safeCallbackPath(value)).toBe(value);
  });

  it.each([
    ["protocol-relative URL", "//evil.com"],
    ["backslash that browsers read as a slash", "/\\evil"],
    ["absolute URL", "https://evil"],
    ["tab that browsers strip, leaving //", "/\t/evil.com"],
    ["newline that browsers strip, leaving //", "/\n/evil.com"],
    ["the sign-in page itself (a loop)", "/signin"],
    ["the sign-in page with a query", "/signin?callbackUrl=/x"],
    ["an API route", "/api/users"],
    ["a relative path", "articles/x"],
    ["an empty string", ""],
  ])("refuses %s", (_label, value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it.each([undefined, null, 42, ["/articles/x"]])("refuses the non-string %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("returns the given fallback when refusing", () => {
    expect(safeCallbackPath("//evil.com", "/articles")).toBe("/articles");
  });
});
