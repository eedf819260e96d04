import { describe, expect, it } from "vitest";
import { diffTexts, type TextChange } from "./text-diff";

/** Applies changes to the old text, taking inserted text from the new one: must rebuild the new text. */
function apply(oldText: string, newText: string, changes: TextChange[]): string {
  let result = "";
  let at = 0;
  for (const change of changes) {
    result += oldText.slice(at, change.oldStart) + newText.slice(change.newStart, change.newEnd);
    at = change.oldEnd;
  }
  return result + oldText.slice(at);
}

describe("diffTexts", () => {
  it("finds nothing between equal texts", () => {
    expect(diffTexts("same", "same")).toEqual([]);
  });

  it("keeps the changes of a replaced word inside that word", () => {
    const before = "First paragraph.\n\nThe talks were productive, he said.\n\nLast paragraph.";
    const after = "First paragraph.\n\nThe talks were useful, he said.\n\nLast paragraph.";
    const changes = diffTexts(before, after);
    const word = { start: before.indexOf("productive"), end: before.indexOf("productive") + "productive".length };
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      expect(change.oldStart).toBeGreaterThanOrEqual(word.start);
      expect(change.oldEnd).toBeLessThanOrEqual(word.end);
    }
    expect(apply(before, after, changes)).toBe(after);
  });

  it("maps every surviving character exactly: a deletion across a word boundary", () => {
    const before = "Peace would points guarantees.";
    const after = "Peaculd the points guarantees.";
    const changes = diffTexts(before, after);
    expect(apply(before, after, changes)).toBe(after);
    expect(changes[0]).toMatchObject({ oldStart: 4, oldEnd: 8, newStart: 4, newEnd: 4 });
  });

  it("reports an inserted paragraph as an insertion", () => {
    const before = "One.\n\nTwo.";
    const after = "One.\n\nInserted.\n\nTwo.";
    const changes = diffTexts(before, after);
    expect(apply(before, after, changes)).toBe(after);
    expect(changes.every((change) => change.oldStart === change.oldEnd)).toBe(true);
  });

  it("rebuilds the new text from scattered edits", () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says something about topic ${i * 7}.`);
    const edited = paragraphs.map((p, i) => (i % 7 === 0 ? p.replace("says", "claims") : i % 11 === 0 ? "" : p)).filter(Boolean);
    const before = paragraphs.join("\n\n");
    const after = edited.join("\n\n") + "\n\nA new ending.";
    const changes = diffTexts(before, after);
    expect(apply(before, after, changes)).toBe(after);
    for (let i = 1; i < changes.length; i++) expect(changes[i]!.oldStart).toBeGreaterThanOrEqual(changes[i - 1]!.oldEnd);
  });

  it("keeps word precision when every paragraph of a 1 MB text is reworded (this took 15 s as one block)", () => {
    const paragraphs = Array.from({ length: 7_000 }, (_, i) => `Paragraph ${i}: the council said on Tuesday that 4,200 new homes were approved last year, up from 3,100.`);
    const before = paragraphs.join("\n\n");
    const after = paragraphs.map((p) => p.replace("said on Tuesday", "announced on Wednesday")).join("\n\n");
    const changes = diffTexts(before, after);
    expect(apply(before, after, changes)).toBe(after);
    // Paired paragraph by paragraph, each change stays inside the words that changed.
    expect(changes.length).toBeGreaterThanOrEqual(7_000);
    expect(Math.max(...changes.map((change) => change.oldEnd - change.oldStart))).toBeLessThan(20);
  });

  it("still maps a paragraph split in two exactly", () => {
    const before = "Intro.\n\nThe mayor spoke. The council voted 7 to 2 on the budget.\n\nEnd.";
    const after = "Intro.\n\nThe mayor spoke.\n\nThe council voted 7 to 2 on the budget.\n\nEnd.";
    const changes = diffTexts(before, after);
    expect(apply(before, after, changes)).toBe(after);
    expect(changes).toEqual([{ oldStart: 24, oldEnd: 25, newStart: 24, newEnd: 26 }]);
  });
});

