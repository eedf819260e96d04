/**
 * The edit between two versions of a text, as a sorted list of replaced ranges. Paragraphs are
 * aligned first (cheap even for very long texts), then characters inside each changed block, so
 * every character that survived an edit maps to exactly where it went. A block rewritten beyond
 * recognition falls back to a word diff, then to one replaced range.
 */
import { diffArrays, diffChars, diffWordsWithSpace, type ChangeObject } from "diff";

/** Old text [oldStart, oldEnd) became new text [newStart, newEnd). An insertion has oldStart === oldEnd. */
export type TextChange = { oldStart: number; oldEnd: number; newStart: number; newEnd: number };

/** Character diffs of a block stop at this many edits (Myers' algorithm costs O(length × edits)). */
const MAX_CHAR_DIFF_EDIT = 400;
/** Word diffs larger than this are treated as one replaced block. */
const MAX_WORD_DIFF_EDIT = 2_000;
/**
 * Past this many paragraphs added or removed, paragraphs are paired in order instead: rewording
 * every paragraph of a 1 MB article made the aligned diff, and then a character diff over the
 * whole megabyte, take 15 s of the server's only thread.
 */
const MAX_PARAGRAPH_DIFF_EDIT = 1_000;
/** Changed paragraphs up to this many characters (old and new together) are diffed as one block. */
const MAX_JOINED_BLOCK = 40_000;
/** A character or word diff of one block gives up after this long (jsdiff's own timeout). */
const BLOCK_DIFF_TIMEOUT_MS = 25;

/** Splits after each run of newlines: the pieces join back into the text. */
function paragraphsOf(text: string): string[] {
  return text ? text.split(/(?<=\n)(?=[^\n])/) : [];
}

function pushChange(changes: TextChange[], change: TextChange): void {
  if (change.oldStart === change.oldEnd && change.newStart === change.newEnd) return;
  const last = changes[changes.length - 1];
  if (last && last.oldEnd === change.oldStart && last.newEnd === change.newStart) {
    last.oldEnd = change.oldEnd;
    last.newEnd = change.newEnd;
  } else {
    changes.push({ ...change });
  }
}

function diffBlock(changes: TextChange[], oldChunk: string, newChunk: string, oldStart: number, newStart: number): void {
  if (!oldChunk || !newChunk) {
    pushChange(changes, { oldStart, oldEnd: oldStart + oldChunk.length, newStart, newEnd: newStart + newChunk.length });
    return;
  }
  const parts: ChangeObject<string>[] | undefined =
    diffChars(oldChunk, newChunk, { maxEditLength: MAX_CHAR_DIFF_EDIT, timeout: BLOCK_DIFF_TIMEOUT_MS }) ??
    diffWordsWithSpace(oldChunk, newChunk, { maxEditLength: MAX_WORD_DIFF_EDIT, timeout: BLOCK_DIFF_TIMEOUT_MS });
  if (!parts) {
    pushChange(changes, { oldStart, oldEnd: oldStart + oldChunk.length, newStart, newEnd: newStart + newChunk.length });
    return;
  }
  let oldPos = oldStart;
  let newPos = newStart;
  for (const part of parts) {
    const length = part.value.length;
    if (part.removed) {
      pushChange(changes, { oldStart: oldPos, oldEnd: oldPos + length, newStart: newPos, newEnd: newPos });
      oldPos += length;
    } else if (part.added) {
      pushChange(changes, { oldStart: oldPos, oldEnd: oldPos, newStart: newPos, newEnd: newPos + length });
      newPos += length;
    } else {
      oldPos += length;
      newPos += length;
    }
  }
}

export function diffTexts(oldText: string, newText: string): TextChange[] {
  if (oldText === newText) return [];
  // Common prefix and suffix first: a single edit then costs nothing more.
  let head = 0;
  const maxHead = Math.min(oldText.length, newText.length);
  while (head < maxHead && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  const maxTail = maxHead - head;
  while (tail < maxTail && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  // Back off to paragraph starts, so the paragraph alignment below sees whole paragraphs.
  const lineStart = Math.max(oldText.lastIndexOf("\n", head - 1) + 1, 0);
  const oldMiddle = oldText.slice(lineStart, oldText.length - tail);
  const newMiddle = newText.slice(lineStart, newText.length - tail);

  const changes: TextChange[] = [];
  let oldPos = lineStart;
  let newPos = lineStart;
  let pendingOld: string[] = [];
  let pendingNew: string[] = [];
  // Removed and added paragraphs between two kept ones are diffed as one block (a paragraph split
  // in two maps exactly); a block too large for that is paired in order: the first removed with
  // the first added, and so on, and what is left over on either side was removed or added whole.
  const flush = () => {
    const oldLength = pendingOld.reduce((sum, paragraph) => sum + paragraph.length, 0);
    const newLength = pendingNew.reduce((sum, paragraph) => sum + paragraph.length, 0);
    let oldAt = oldPos - oldLength;
    let newAt = newPos - newLength;
    if (oldLength + newLength <= MAX_JOINED_BLOCK) {
      if (oldLength || newLength) diffBlock(changes, pendingOld.join(""), pendingNew.join(""), oldAt, newAt);
      pendingOld = [];
      pendingNew = [];
      return;
    }
    const pairs = Math.max(pendingOld.length, pendingNew.length);
    for (let i = 0; i < pairs; i++) {
      const oldChunk = pendingOld[i] ?? "";
      const newChunk = pendingNew[i] ?? "";
      diffBlock(changes, oldChunk, newChunk, oldAt, newAt);
      oldAt += oldChunk.length;
      newAt += newChunk.length;
    }
    pendingOld = [];
    pendingNew = [];
  };
  const oldParagraphs = paragraphsOf(oldMiddle);
  const newParagraphs = paragraphsOf(newMiddle);
  const aligned = diffArrays(oldParagraphs, newParagraphs, { maxEditLength: MAX_PARAGRAPH_DIFF_EDIT }) ?? [
    { value: oldParagraphs, removed: true, added: false, count: oldParagraphs.length },
    { value: newParagraphs, removed: false, added: true, count: newParagraphs.length },
  ];
  for (const part of aligned) {
    const length = part.value.reduce((sum, paragraph) => sum + paragraph.length, 0);
    if (part.removed) {
      pendingOld.push(...part.value);
      oldPos += length;
    } else if (part.added) {
      pendingNew.push(...part.value);
      newPos += length;
    } else {
      flush();
      oldPos += length;
      newPos += length;
    }
  }
  flush();
  return changes;
}
