import { describe, expect, it } from "vitest";
import { orderParentsFirst } from "./schema-catalog";

describe("orderParentsFirst", () => {
  it("puts every table after those it refers to, ignoring references to itself", () => {
    const edges = [
      { child: "Claim", parent: "Article" },
      { child: "Claim", parent: "User" },
      { child: "Article", parent: "User" },
      { child: "Comment", parent: "Claim" },
      { child: "Comment", parent: "Comment" },
    ];
    expect(orderParentsFirst(["Article", "Claim", "Comment", "Log", "User"], edges)).toEqual(["Log", "User", "Article", "Claim", "Comment"]);
  });

  it("names the tables of a cycle", () => {
    expect(() => orderParentsFirst(["A", "B"], [{ child: "A", parent: "B" }, { child: "B", parent: "A" }])).toThrow(/A, B refer to each other/);
  });
});
