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
    diffChars(oldChunk, newChunk, { maxEditLength: MAX_CHAR_DIFF_EDIT }) ??
    diffWordsWithSpace(oldChunk, newChunk, { maxEditLength: MAX_WORD_DIFF_EDIT });
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
  let pendingOld = "";
  let pendingNew = "";
  const flush = () => {
    if (pendingOld || pendingNew) diffBlock(changes, pendingOld, pendingNew, oldPos - pendingOld.length, newPos - pendingNew.length);
    pendingOld = "";
    pendingNew = "";
  };
  for (const part of diffArrays(paragraphsOf(oldMiddle), paragraphsOf(newMiddle))) {
    const value = part.value.join("");
    if (part.removed) {
      pendingOld += value;
      oldPos += value.length;
    } else if (part.added) {
      pendingNew += value;
      newPos += value.length;
    } else {
      flush();
      oldPos += value.length;
      newPos += value.length;
    }
  }
  flush();
  return changes;
}
