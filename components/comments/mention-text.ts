import type { PersonView } from "@/lib/views/person";

/**
 * The comment box shows "@Rosa Reviewer"; the body stores "@{<id>}". Names picked from the list
 * are turned into ids on sending (and back when editing), longest names first so "Ana Maria"
 * wins over "Ana".
 */
export function toStoredBody(text: string, picked: PersonView[]): string {
  let body = text;
  for (const person of [...picked].sort((a, b) => b.name.length - a.name.length)) body = body.split(`@${person.name}`).join(`@{${person.id}}`);
  return body;
}

export function toEditableText(body: string, mentions: PersonView[]): string {
  let text = body;
  for (const person of mentions) text = text.split(`@{${person.id}}`).join(`@${person.name}`);
  return text;
}

/** The "@na" being typed just before the caret, if any: what to look up. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@{}]{0,30})$/.exec(before);
  return match ? { start: caret - match[2]!.length - 1, query: match[2]! } : null;
}
