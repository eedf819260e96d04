/**
 * Maps offsets in the old text to offsets in the new one through a list of changes, the way
 * ProseMirror maps positions through a step: a position inside deleted text moves to the edge of
 * the replacement; at an insertion point, `assoc` says on which side of the inserted text it stays.
 */
import type { TextChange } from "./text-diff";

export class PositionMap {
  /** Sum of length changes of all changes before index i. */
  private readonly deltaBefore: number[];

  constructor(private readonly changes: readonly TextChange[]) {
    this.deltaBefore = [0];
    for (const change of changes) {
      const previous = this.deltaBefore[this.deltaBefore.length - 1] ?? 0;
      this.deltaBefore.push(previous + (change.newEnd - change.newStart) - (change.oldEnd - change.oldStart));
    }
  }

  /** Index of the first change whose old range ends at or after `pos`. */
  private firstChangeEndingAtOrAfter(pos: number): number {
    let low = 0;
    let high = this.changes.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.changes[mid]?.oldEnd ?? 0) < pos) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  map(pos: number, assoc: -1 | 1 = 1): number {
    const index = this.firstChangeEndingAtOrAfter(pos);
    const change = this.changes[index];
    // Adjacent changes are merged, so at most this one change can contain pos.
    if (change && change.oldStart <= pos) {
      const isInsertion = change.oldStart === change.oldEnd;
      if (isInsertion) return assoc < 0 ? change.newStart : change.newEnd;
      if (pos === change.oldStart) return change.newStart;
      if (pos === change.oldEnd) return change.newEnd;
      return assoc < 0 ? change.newStart : change.newEnd;
    }
    return pos + (this.deltaBefore[index] ?? 0);
  }

  /** True when an edit replaced, deleted or inserted text strictly inside [start, end). */
  touches(start: number, end: number): boolean {
    for (let index = this.firstChangeEndingAtOrAfter(start); index < this.changes.length; index++) {
      const change = this.changes[index]!;
      if (change.oldStart >= end) return false;
      const isInsertion = change.oldStart === change.oldEnd;
      if (isInsertion ? change.oldStart > start && change.oldStart < end : change.oldEnd > start) return true;
    }
    return false;
  }

  /** True when [start, end) lies entirely inside what one change replaced (text an edit wrote, seen from the new side). */
  isInsideOneChange(start: number, end: number): boolean {
    const change = this.changes[this.firstChangeEndingAtOrAfter(end)];
    return !!change && change.oldStart <= start && end <= change.oldEnd && change.oldStart < change.oldEnd;
  }
}
