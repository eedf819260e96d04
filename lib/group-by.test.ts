import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by";

describe("groupBy", () => {
  it("groups items by key, keeping first-seen key order and the items' order within a group", () => {
    const groups = groupBy(["apple", "bean", "avocado", "beet", "cherry"], (word) => word[0]);
    expect([...groups]).toEqual([
      ["a", ["apple", "avocado"]],
      ["b", ["bean", "beet"]],
      ["c", ["cherry"]],
    ]);
  });

  it("gives no groups for no items", () => {
    expect(groupBy([], (item: number) => item).size).toBe(0);
  });
});
