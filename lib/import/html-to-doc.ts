/**
 * HTML to the article schema. Only paragraphs, headings, bold, italic and http(s) links survive:
 * scripts, styles, event attributes and every other element or attribute are dropped, because
 * nothing but the text and those marks is ever copied out of the parsed HTML.
 */
import { Parser } from "htmlparser2";
import type { ArticleDoc, BlockNode, Mark, TextNode } from "@/lib/document/article-document";
import { ZHttpUrl } from "@/lib/validation/articles-url";

const SKIPPED = new Set(["script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "head", "title", "button", "select", "textarea", "nav", "aside", "form"]);
const BLOCKS = new Set(["p", "div", "section", "article", "main", "header", "footer", "li", "blockquote", "figcaption", "pre", "td", "th", "dt", "dd", "caption", "address", "body"]);
const HEADING_LEVEL: Record<string, 2 | 3 | 4> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };

/**
 * Bounds on the work one import may cost. The parser's stack of open elements makes each closing
 * tag cost as much as the nesting is deep, so 80,000 unclosed `<div><b><i>` took 16 s (and held
 * the server): past these limits the import stops at once and is refused, naming the limit.
 */
export const HTML_LIMITS = { depth: 256, elements: 100_000 } as const;

export class ImportTooComplexError extends Error {
  constructor(readonly limit: keyof typeof HTML_LIMITS) {
    super(
      limit === "depth"
        ? `The HTML nests elements more than ${HTML_LIMITS.depth} deep; no article needs that.`
        : `The HTML has more than ${HTML_LIMITS.elements.toLocaleString("en")} elements; import it in parts.`,
    );
  }
}

/** A text run being collected: its pieces are joined once, when its block ends (no quadratic `+=`). */
type OpenRun = { pieces: string[]; marks?: Mark[]; markKey: string };

function markKeyOf(marks: Mark[]): string {
  return marks.map((mark) => (mark.type === "link" ? `link:${mark.attrs.href}` : mark.type)).join("|");
}

export function htmlToDoc(html: string): ArticleDoc {
  const blocks: BlockNode[] = [];
  /** The open block; `endsWithSpace` saves reading back the collected text for every new piece. */
  let current: { level: 2 | 3 | 4 | null; runs: OpenRun[]; endsWithSpace: boolean } | null = null;
  let skipDepth = 0;
  let bold = 0;
  let italic = 0;
  /** The innermost link's href (or null), kept as links open and close: no search per text. */
  const hrefs: (string | null)[] = [];
  let depth = 0;
  let elements = 0;

  const flush = () => {
    if (!current) return;
    const nodes: TextNode[] = current.runs.map((run) => ({ type: "text", text: run.pieces.join(""), ...(run.marks ? { marks: run.marks } : {}) }));
    // Trim the block's edges; collapse the whitespace runs the HTML had.
    if (nodes[0]) nodes[0].text = nodes[0].text.replace(/^\s+/, "");
    const last = nodes[nodes.length - 1];
    if (last) last.text = last.text.replace(/\s+$/, "");
    const content = nodes.filter((node) => node.text.length > 0);
    if (content.length) {
      blocks.push(current.level ? { type: "heading", attrs: { level: current.level }, content } : { type: "paragraph", content });
    }
    current = null;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++elements > HTML_LIMITS.elements) throw new ImportTooComplexError("elements");
        if (++depth > HTML_LIMITS.depth) throw new ImportTooComplexError("depth");
        if (skipDepth || SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        if (name in HEADING_LEVEL) {
          flush();
          current = { level: HEADING_LEVEL[name] ?? 2, runs: [], endsWithSpace: true };
        } else if (BLOCKS.has(name)) {
          flush();
        } else if (name === "b" || name === "strong") bold++;
        else if (name === "i" || name === "em") italic++;
        else if (name === "a") {
          const href = ZHttpUrl.safeParse(attributes.href).success ? (attributes.href ?? null) : null;
          hrefs.push(href ?? hrefs.at(-1) ?? null);
        }
        else if (name === "br" && current) {
          current.runs.push({ pieces: [" "], markKey: "" });
          current.endsWithSpace = true;
        }
      },
      ontext(raw) {
        if (skipDepth) return;
        const text = raw.replace(/\s+/g, " ");
        if (!current) {
          if (!text.trim()) return;
          current = { level: null, runs: [], endsWithSpace: true };
        }
        const piece = current.endsWithSpace ? text.replace(/^ /, "") : text;
        if (!piece) return;
        const marks: Mark[] = [];
        if (bold) marks.push({ type: "bold" });
        if (italic) marks.push({ type: "italic" });
        const href = hrefs.at(-1) ?? null;
        if (href) marks.push({ type: "link", attrs: { href } });
        const markKey = markKeyOf(marks);
        const previous = current.runs[current.runs.length - 1];
        if (previous && previous.markKey === markKey) previous.pieces.push(piece);
        else current.runs.push({ pieces: [piece], markKey, ...(marks.length ? { marks } : {}) });
        current.endsWithSpace = piece.endsWith(" ");
      },
      onclosetag(name) {
        depth = Math.max(0, depth - 1);
        if (skipDepth) {
          skipDepth--;
          return;
        }
        if (name in HEADING_LEVEL || BLOCKS.has(name)) flush();
        else if (name === "b" || name === "strong") bold = Math.max(0, bold - 1);
        else if (name === "i" || name === "em") italic = Math.max(0, italic - 1);
        else if (name === "a") {
          hrefs.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { type: "doc", content: blocks };
}
