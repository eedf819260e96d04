import { describe, expect, it } from "vitest";
import { pickUtf8Locale } from "./postgres-cluster";

describe("pickUtf8Locale", () => {
  it.each([
    [["C", "C.utf8", "POSIX"], "C.utf8"],
    [["C", "C.UTF-8", "en_US.UTF-8"], "C.UTF-8"],
    [["C", "POSIX", "en_US.UTF-8", "fr_FR.UTF-8"], "en_US.UTF-8"],
    [["C", "POSIX"], "C"],
    [[], "C"],
  ])("among %j picks %s", (available, expected) => {
    expect(pickUtf8Locale(available)).toBe(expected);
  });
});
