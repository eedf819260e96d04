import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdownArticle } from "@/lib/import/markdown-article";
import { reanchorClaims, type AnchoredClaim } from "./reanchor";
import { describeRange } from "./selector";

const seed = parseMarkdownArticle(readFileSync(path.join(process.cwd(), "prisma/fixtures/seed-article.md"), "utf8"));
const text = seed.paragraphs.join("\n\n");

function claimOn(quote: string, occurrence = 0, source = text): AnchoredClaim {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = source.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" not in text`);
  return { id: `claim-${quote.slice(0, 12)}-${occurrence}`, ...describeRange(source, at, at + quote.length) };
}

function reanchorOne(claim: AnchoredClaim, newText: string) {
  const [result] = reanchorClaims(text, newText, [claim]);
  if (!result) throw new Error("no result");
  return result;
}

describe("reanchorClaims", () => {
  const claim = claimOn("Witkoff is scheduled to fly to Moscow on Monday");

  it("leaves a claim alone when the text did not change", () => {
    expect(reanchorOne(claim, text)).toMatchObject({ outcome: "unchanged", selector: { start: claim.start, exact: claim.exact } });
  });

  it("moves a claim exactly when text before it changes", () => {
    const newText = text.replace("Officials from Ukraine", "Senior officials from both Ukraine");
    const result = reanchorOne(claim, newText);
    expect(result.outcome).toBe("moved");
    if (result.outcome !== "moved") return;
    expect(result.selector.start).toBe(newText.indexOf(claim.exact));
    expect(result.selector.start).toBe(claim.start + "Senior ".length + "both ".length);
    expect(newText.slice(result.selector.start, result.selector.end)).toBe(claim.exact);
  });

  it("follows a lightly edited quote and stores its new words", () => {
    const newText = text.replace("Witkoff is scheduled to fly to Moscow on Monday", "Witkoff is expected to fly to Moscow on Monday");
    const result = reanchorOne(claim, newText);
    expect(result.outcome).toBe("fuzzy");
    if (result.outcome !== "fuzzy") return;
    expect(result.selector.exact).toBe("Witkoff is expected to fly to Moscow on Monday");
    expect(result.score.total).toBeGreaterThan(0.85);
  });

  it("orphans a claim whose sentence was deleted", () => {
    const sentence = " Witkoff is scheduled to fly to Moscow on Monday for talks with Russian officials, with President Vladimir Putin expected to take part later in the week.";
    const newText = text.replace(sentence, "");
    expect(newText).not.toContain("Witkoff is scheduled");
    expect(reanchorOne(claim, newText)).toMatchObject({ outcome: "orphaned" });
  });

  it("orphans a deleted sentence even when the same words remain elsewhere with other context", () => {
    const quote = "on Sunday";
    const at = text.indexOf("Kyiv on Sunday killed") + "Kyiv ".length;
    const second = { id: "drone", ...describeRange(text, at, at + quote.length) };
    const newText = text.replace("A drone attack on the outskirts of Kyiv on Sunday killed one person and injured 11, the regional governor said. ", "");
    expect(newText).toContain(quote);
    const result = reanchorOne(second, newText);
    expect(result.outcome).toBe("orphaned");
  });

  it("keeps each of two identical quotes on its own occurrence", () => {
    const first = claimOn("Al Jazeera", 0);
    const second = claimOn("Al Jazeera", 1);
    const newText = text.replace("US secretary of state", "The US secretary of state");
    const results = reanchorClaims(text, newText, [first, second]);
    const starts = results.map((r) => (r.outcome === "moved" || r.outcome === "unchanged" ? r.selector.start : -1));
    expect(starts).toEqual([first.start + 4, second.start + 4]);
  });

  it("prefers the edited original over an identical copy elsewhere", () => {
    const original = "the process involves “a lot of moving parts”";
    const source = `${text}\n\nElsewhere, a columnist wrote that ${original} too.`;
    const claim = claimOn(original, 0, source);
    const edited = source.replace(original, "the process involves “a great many moving parts”");
    const [result] = reanchorClaims(source, edited, [claim]);
    expect(result?.outcome).toBe("fuzzy");
    if (result?.outcome !== "fuzzy") return;
    expect(result.selector.start).toBeLessThan(text.length);
    expect(result.selector.exact).toContain("a great many moving parts");
  });

  it("finds a paragraph that was moved elsewhere, with its context", () => {
    const paragraphs = text.split("\n\n");
    const moved = [paragraphs[2]!, ...paragraphs.slice(0, 2), ...paragraphs.slice(3)].join("\n\n");
    const inside = claimOn("attended by developer Steve Witkoff");
    const result = reanchorOne(inside, moved);
    expect(result.outcome === "orphaned" ? null : moved.slice(result.selector.start, result.selector.end)).toBe(inside.exact);
  });
});
