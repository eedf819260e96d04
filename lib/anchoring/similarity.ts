/**
 * How alike two strings are, from 0 to 1: one minus their edit distance over the longer length.
 * (A ratio based on the longest common subsequence is too generous: two unrelated English
 * phrases share about half their letters in order, so context would seem to match anywhere.)
 */
import { diffChars } from "diff";

/** Levenshtein distance, read off a character diff: a removed run next to an added run is a substitution. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length || !b.length) return a.length + b.length;
  let distance = 0;
  let removed = 0;
  let added = 0;
  for (const part of diffChars(a, b)) {
    if (part.removed) removed += part.value.length;
    else if (part.added) added += part.value.length;
    else {
      distance += Math.max(removed, added);
      removed = 0;
      added = 0;
    }
  }
  return distance + Math.max(removed, added);
}

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  // The diff-based distance can exceed the true Levenshtein bound (max length): clamp.
  return Math.max(0, 1 - editDistance(a, b) / longer);
}
