import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "./HighlightedText";

describe("HighlightedText", () => {
  it("marks the matching words and renders every piece as text, markup in it included", () => {
    const html = renderToStaticMarkup(
      createElement(HighlightedText, {
        segments: [
          { text: '<img src=x onerror="alert(1)"> said ', isMatch: false },
          { text: "<b>unemployment</b>", isMatch: true },
        ],
      }),
    );
    expect(html).toBe("<span>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; said </span><mark>&lt;b&gt;unemployment&lt;/b&gt;</mark>");
  });
});
