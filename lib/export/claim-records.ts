/** Export rows to CSV records: pure, no I/O. */
import type { ExportClaimRow } from "@/lib/data/export/export-claim-row";

const FORMULA_START = /^[=+\-@\t\r]/;

/** A spreadsheet would run a cell starting with = + - @ tab or CR as a formula: prefix it with '. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cells(values: (string | number | null)[]): string[] {
  return values.map((value) => (value === null ? "" : guardFormula(String(value))));
}

function claimCells(row: ExportClaimRow): string[] {
  return cells([
    row.articleId,
    row.articleTitle,
    row.articleUrl,
    row.id,
    row.exact,
    row.prefix,
    row.suffix,
    row.start,
    row.end,
    row.claimant,
    row.summary,
    row.status,
    row.verdict,
    row.rationale,
    row.tags.join("; "),
    row.sources.map(sourceLine).join("\n"),
    row.sources.length,
    reviewsCell(row),
    row.createdBy,
    row.createdAt,
    row.updatedAt,
    row.orphan ? "true" : "false",
  ]);
}

type ExportSource = ExportClaimRow["sources"][number];

/**
 * One source on one line of the claim's `sources` cell, evidence included:
 * `Title — Publisher <url> (stance): “excerpt”`, each part only when it is there; line breaks
 * inside the excerpt become spaces, so each line is still one source.
 */
export function sourceLine(source: ExportSource): string {
  const name = [source.title ?? source.url, source.publisher].filter(Boolean).join(" — ");
  const excerpt = source.excerpt?.replace(/\s+/g, " ").trim();
  return `${name} <${source.url}> (${source.stance})${excerpt ? `: “${excerpt}”` : ""}`;
}

/** Every review the reader may see as `name: rating`, one per line, and how many are hidden from them. */
function reviewsCell(row: ExportClaimRow): string {
  const lines = row.reviews.map((review) => `${review.reviewer}: ${review.rating}`);
  if (row.hiddenReviews) lines.push(`(${row.hiddenReviews} hidden until you record your review)`);
  return lines.join("\n");
}

/** One record per claim. */
export function claimRecords(row: ExportClaimRow): string[][] {
  return [claimCells(row)];
}

/** One record per claim and source; a claim without sources still appears once. */
export function claimSourceRecords(row: ExportClaimRow): string[][] {
  const claim = claimCells(row);
  if (!row.sources.length) return [[...claim, "", "", "", "", ""]];
  return row.sources.map((source) => [...claim, ...cells([source.url, source.title, source.publisher, source.stance, source.excerpt])]);
}
