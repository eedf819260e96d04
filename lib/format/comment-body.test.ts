import { describe, expect, it } from "vitest";
import { commentPlainText, commentSegments, mentionedIds } from "./comment-body";

const ANA = "0193f3c4-5b6a-7c8d-9e0f-123456789abc";
const BEN = "0193f3c4-5b6a-7c8d-9e0f-00000000000b";

describe("comment bodies", () => {
  it("finds each mentioned id once, in order", () => {
    expect(mentionedIds(`@{${BEN}} and @{${ANA}}, again @{${BEN.toUpperCase()}}`)).toEqual([BEN, ANA]);
    expect(mentionedIds("@{not-a-uuid} @Ana")).toEqual([]);
  });

  it("splits into text, mentions, links and line breaks, and never treats markup as anything but text", () => {
    expect(commentSegments(`See https://example.org/report?id=3, @{${ANA}}.\n<b>bold</b>`)).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", href: "https://example.org/report?id=3" },
      { kind: "text", text: ", " },
      { kind: "mention", userId: ANA },
      { kind: "text", text: "." },
      { kind: "break" },
      { kind: "text", text: "<b>bold</b>" },
    ]);
  });

  it("links only http and https", () => {
    expect(commentSegments("javascript:alert(1) ftp://x.org (http://a.org)")).toEqual([
      { kind: "text", text: "javascript:alert(1) ftp://x.org (" },
      { kind: "link", href: "http://a.org" },
      { kind: "text", text: ")" },
    ]);
  });

  it("writes mentions as names for an export, and never loses the text around them", () => {
    const body = `Ask @{${ANA}} and @{${BEN.toUpperCase()}}: see https://a.org`;
    expect(commentPlainText(body, [{ id: ANA, name: "Ana" }])).toBe("Ask @Ana and @someone: see https://a.org");
  });
});
