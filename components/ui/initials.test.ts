import { describe, expect, it } from "vitest";
import { initialsOf } from "./initials";

describe("initialsOf", () => {
  it.each([
    ["Rita Reviewer", "RR"],
    ["ana", "AN"],
    ["  Jean  Paul  Sartre ", "JS"],
    ["", "?"],
    ["Émile Zola", "ÉZ"],
  ])("%j → %s", (name, initials) => expect(initialsOf(name)).toBe(initials));
});
