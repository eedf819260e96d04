import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ArticleProgressView } from "@/lib/views/article";
import { ArticleProgress } from "./ArticleProgress";

const NO_VERDICTS = { true: 0, "mostly-true": 0, "half-true": 0, "mostly-false": 0, false: 0, misleading: 0, unproven: 0, none: 0 };
const render = (progress: ArticleProgressView) => renderToStaticMarkup(createElement(ArticleProgress, { progress }));
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("ArticleProgress", () => {
  it("says in words what the verdict bar shows, the bar hidden from screen readers, one segment a verdict in its badge's colours", () => {
    const html = render({ byStatus: { open: 2, "in-review": 0, resolved: 3 }, byVerdict: { ...NO_VERDICTS, true: 1, false: 2, none: 2 } });
    expect(text(html)).toBe("2 open · 3 resolved 1 true · 2 false · 2 no verdict");
    expect(html).toMatch(/<div class="article-progress-bar" aria-hidden="true">/);
    expect([...html.matchAll(/class="verdict-badge verdict-([a-z-]+)" style="flex-grow:(\d+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ["true", "1"],
      ["false", "2"],
      ["none", "2"],
    ]);
  });

  it("says so when an article has no claims", () => {
    expect(text(render({ byStatus: { open: 0, "in-review": 0, resolved: 0 }, byVerdict: NO_VERDICTS }))).toBe("No claims yet");
  });
});
