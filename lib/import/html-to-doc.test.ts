import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainTextFromDoc } from "@/lib/document/article-document";
import { ZArticleDoc } from "@/lib/validation/article-doc";
import { htmlToDoc } from "./html-to-doc";

const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });

/** Every href in the document. */
function hrefsOf(doc: ReturnType<typeof htmlToDoc>): string[] {
  return doc.content.flatMap((block) =>
    (block.content ?? []).flatMap((node) => (node.marks ?? []).flatMap((mark) => (mark.type === "link" ? [mark.attrs.href] : []))),
  );
}

describe("htmlToDoc: what never survives", () => {
  it.each([
    ["a script element", "<p>Before</p><script>alert('x')</script><p>After</p>", ["script", "alert"]],
    ["a script inside a paragraph", "<p>Before <script>alert('x')</script>After</p>", ["script", "alert"]],
    ["an unclosed script", "<p>Before After</p><script>alert('x')", ["script", "alert"]],
    ["a style element", "<style>p { color: red }</style><p>Before After</p>", ["style", "color", "red"]],
    ["an iframe and its fallback text", '<p>Before</p><iframe src="https://evil.test/frame">fallback</iframe><p>After</p>', ["iframe", "evil", "fallback"]],
    ["a self-closed iframe", '<p>Before <iframe src="https://evil.test/frame"/>After</p>', ["iframe", "evil"]],
    ["onclick on a paragraph", '<p onclick="alert(1)">Before After</p>', ["onclick", "alert"]],
    ["onerror on an img", '<p>Before <img src="x" onerror="alert(1)">After</p>', ["onerror", "alert", "img", "src"]],
    ["onmouseover on a link", '<p><a href="https://ok.test" onmouseover="alert(1)">Before</a> After</p>', ["onmouseover", "alert"]],
    ["a script inside svg", "<svg><script>alert(1)</script><circle/></svg><p>Before After</p>", ["script", "alert", "circle", "svg"]],
    ["a noscript and a template", "<noscript>enable js</noscript><template><p>hidden</p></template><p>Before After</p>", ["enable", "hidden"]],
  ])("drops %s", (_label, html, forbidden) => {
    const doc = htmlToDoc(html);
    const json = JSON.stringify(doc).toLowerCase();
    for (const word of forbidden) expect(json).not.toContain(word);
    expect(plainTextFromDoc(doc).replace(/\s+/g, " ")).toBe("Before After");
  });

  it.each([
    ["javascript:", '<p><a href="javascript:alert(1)">Click</a> here</p>'],
    ["JavaScript: in mixed case", '<p><a href="JaVaScRiPt:alert(1)">Click</a> here</p>'],
    ["javascript: after leading whitespace", '<p><a href="  javascript:alert(1)">Click</a> here</p>'],
    ["an entity-encoded javascript:", '<p><a href="&#106;avascript:alert(1)">Click</a> here</p>'],
    ["data:", '<p><a href="data:text/html;base64,PHNjcmlwdD4=">Click</a> here</p>'],
    ["vbscript:", '<p><a href="vbscript:msgbox(1)">Click</a> here</p>'],
    ["file:", '<p><a href="file:///etc/passwd">Click</a> here</p>'],
  ])("keeps the text of a %s link but not the link", (_label, html) => {
    const doc = htmlToDoc(html);
    expect(doc).toEqual({ type: "doc", content: [paragraph(text("Click here"))] });
    const json = JSON.stringify(doc).toLowerCase();
    for (const word of ["javascript", "data:", "vbscript", "file:", "alert", "href"]) expect(json).not.toContain(word);
  });
});

describe("htmlToDoc: what survives", () => {
  it("keeps paragraphs and headings (h1 becomes level 2, h5 and h6 level 4)", () => {
    const doc = htmlToDoc("<h1>Title</h1><p>One.</p><h3>Section</h3><div>Two.</div><h6>Small</h6>");
    expect(doc).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [text("Title")] },
        paragraph(text("One.")),
        { type: "heading", attrs: { level: 3 }, content: [text("Section")] },
        paragraph(text("Two.")),
        { type: "heading", attrs: { level: 4 }, content: [text("Small")] },
      ],
    });
  });

  it("keeps bold, italic and http(s) links as marks", () => {
    const doc = htmlToDoc('<p>A <strong>bold</strong> and <em>italic</em> <b><i>both</i></b> <a href="http://example.test/x?a=1&amp;b=2">link</a>.</p>');
    expect(doc).toEqual({
      type: "doc",
      content: [
        paragraph(
          text("A "),
          text("bold", [{ type: "bold" }]),
          text(" and "),
          text("italic", [{ type: "italic" }]),
          text(" "),
          text("both", [{ type: "bold" }, { type: "italic" }]),
          text(" "),
          text("link", [{ type: "link", attrs: { href: "http://example.test/x?a=1&b=2" } }]),
          text("."),
        ),
      ],
    });
  });

  it("decodes named and numeric entities into text (where they stay text)", () => {
    const doc = htmlToDoc("<p>Fish &amp; chips &lt;b&gt; caf&eacute; &#8220;quoted&#x201D; &copy;</p>");
    expect(doc).toEqual({ type: "doc", content: [paragraph(text("Fish & chips <b> café “quoted” ©"))] });
  });

  it("collapses whitespace runs and trims block edges", () => {
    const doc = htmlToDoc("\n  <p>\n   Lots   of\n\n\tspace <b> here </b> too  </p>\n\n  <p>\tsecond\t</p>\n");
    expect(plainTextFromDoc(doc)).toBe("Lots of space here too\n\nsecond");
  });

  it("turns loose text into a paragraph and skips blocks with nothing in them", () => {
    expect(htmlToDoc("Loose text<p>   </p><div><span> </span></div><p>Next</p>")).toEqual({
      type: "doc",
      content: [paragraph(text("Loose text")), paragraph(text("Next"))],
    });
  });

  it("answers an empty document for HTML with no text", () => {
    expect(htmlToDoc("<script>alert(1)</script><p> </p>")).toEqual({ type: "doc", content: [] });
  });
});

describe("htmlToDoc on arbitrary markup", () => {
  const fragments = [
    "<p>",
    "</p>",
    "<h2>",
    "</h2>",
    "<b>",
    "</b>",
    "<em>",
    "</em>",
    '<a href="https://ok.test/">',
    '<a href="javascript:alert(1)">',
    '<a href="data:text/html,x">',
    "</a>",
    "<script>alert(1)</script>",
    "<style>x{}</style>",
    '<img src=x onerror="alert(1)">',
    '<iframe src="https://evil.test">',
    "</iframe>",
    "<br>",
    "word",
    " ",
    "\n",
    "&amp;",
  ];

  it("always produces a valid document whose links are http(s)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const doc = htmlToDoc(parts.join(""));
        if (doc.content.length) expect(ZArticleDoc.safeParse(doc).success).toBe(true);
        for (const href of hrefsOf(doc)) expect(href).toBe("https://ok.test/");
        const json = JSON.stringify(doc);
        for (const word of ["alert", "onerror", "evil", "javascript", "data:"]) expect(json).not.toContain(word);
      }),
    );
  });
});
