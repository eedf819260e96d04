import { describe, expect, it } from "vitest";
import { unstorableTextFields } from "./storable-text";

describe("unstorableTextFields", () => {
  it("names each field holding a NUL or an unpaired surrogate, however deep", () => {
    const fields = unstorableTextFields({ title: "a\u0000b", selector: { exact: "\ud800" }, tags: ["ok", "\udc00x"], fine: "emoji 😀 fine" });
    expect(Object.keys(fields).sort()).toEqual(["selector.exact", "tags.1", "title"]);
    expect(fields.title![0]).toMatch(/NUL/);
    expect(fields["selector.exact"]![0]).toMatch(/surrogate/);
  });

  it("names a key that cannot be stored, and takes prototype-like keys as plain fields", () => {
    const parsed = JSON.parse('{"__proto__": "a\\u0000", "constructor": {"x": "\\ud800"}, "k\\u0000": 1}') as unknown;
    const fields = unstorableTextFields(parsed);
    expect(Object.keys(fields).sort()).toEqual(["__proto__", "_key", "constructor.x"]);
  });

  it("passes well-formed text, numbers and nulls", () => {
    expect(unstorableTextFields({ a: "Ünïcödé, עברית, 中文 and 😀", b: 1, c: null, d: [true] })).toEqual({});
  });
});
