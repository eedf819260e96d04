import { describe, expect, it } from "vitest";
import { searchParamsToObject } from "./export";

describe("searchParamsToObject", () => {
  it("keeps a repeated parameter as a list and a single one as a string", () => {
    expect({ ...searchParamsToObject(new URLSearchParams("status=open&status=resolved&q=x")) }).toEqual({ status: ["open", "resolved"], q: "x" });
  });

  it("treats __proto__ as a parameter like any other, never as the object's prototype", () => {
    const once = searchParamsToObject(new URLSearchParams("__proto__=a"));
    expect(Object.keys(once)).toEqual(["__proto__"]);
    const twice = searchParamsToObject(new URLSearchParams("__proto__=a&__proto__=b"));
    expect(Object.getPrototypeOf(twice)).toBeNull();
    expect(Object.keys(twice)).toEqual(["__proto__"]);
  });
});
