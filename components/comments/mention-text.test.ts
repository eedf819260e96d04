import { describe, expect, it } from "vitest";
import { mentionQueryAt, toEditableText, toStoredBody } from "./mention-text";

const ana = { id: "0193f3c4-5b6a-7c8d-9e0f-00000000000a", name: "Ana" };
const anaMaria = { id: "0193f3c4-5b6a-7c8d-9e0f-0000000000a2", name: "Ana Maria" };

describe("mentions in the comment box", () => {
  it("stores picked names as ids, the longest name first, and shows them back as names", () => {
    const body = toStoredBody("@Ana Maria and @Ana, look", [ana, anaMaria]);
    expect(body).toBe(`@{${anaMaria.id}} and @{${ana.id}}, look`);
    expect(toEditableText(body, [ana, anaMaria])).toBe("@Ana Maria and @Ana, look");
  });

  it("leaves an @name nobody picked as plain text", () => {
    expect(toStoredBody("ask @Zed", [ana])).toBe("ask @Zed");
  });

  it("finds the @query just before the caret, not inside a word or an e-mail address", () => {
    expect(mentionQueryAt("hi @ro", 6)).toEqual({ start: 3, query: "ro" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("mail rosa@example.org", 21)).toBeNull();
    expect(mentionQueryAt("hi @ro and more", 15)).toBeNull();
  });

  it("finds an @query at the start of a new line, but not one longer than a name can be", () => {
    expect(mentionQueryAt("first line\n@ro", 14)).toEqual({ start: 11, query: "ro" });
    expect(mentionQueryAt(`@${"r".repeat(30)}`, 31)).toEqual({ start: 0, query: "r".repeat(30) });
    expect(mentionQueryAt(`@${"r".repeat(31)}`, 32)).toBeNull();
  });

  it("shows a mention of someone it has no name for as stored, rather than guessing", () => {
    expect(toEditableText(`ask @{${ana.id}}`, [anaMaria])).toBe(`ask @{${ana.id}}`);
  });
});
