/**
 * Comment bodies are plain text. A mention is written `@{<user id>}` (the comment box inserts it
 * when a name is picked after `@`) and shown as that user's name; http(s) URLs become links.
 * Nothing the user types is ever HTML: the page renders these segments as text and elements.
 */
const MENTION = /@\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}/gi;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]}]/gi;

export type CommentSegment = { kind: "text"; text: string } | { kind: "link"; href: string } | { kind: "mention"; userId: string } | { kind: "break" };

/** The ids mentioned in a body, each once, in order of first mention. */
export function mentionedIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((match) => match[1]!.toLowerCase()))];
}

/** A body as the page shows it: text, line breaks, links and mentions, in order. */
export function commentSegments(body: string): CommentSegment[] {
  const segments: CommentSegment[] = [];
  const lines = body.split(/\r\n?|\n/);
  lines.forEach((line, index) => {
    if (index > 0) segments.push({ kind: "break" });
    let at = 0;
    const tokens = [...line.matchAll(new RegExp(`${MENTION.source}|${URL_PATTERN.source}`, "gi"))];
    for (const token of tokens) {
      if (token.index! > at) segments.push({ kind: "text", text: line.slice(at, token.index) });
      segments.push(token[1] ? { kind: "mention", userId: token[1].toLowerCase() } : { kind: "link", href: token[0] });
      at = token.index! + token[0].length;
    }
    if (at < line.length) segments.push({ kind: "text", text: line.slice(at) });
  });
  return segments;
}

/** A body as plain text for an export: each mention as `@Name` (`@someone` when the name is unknown). */
export function commentPlainText(body: string, people: readonly { id: string; name: string }[]): string {
  const names = new Map(people.map((person) => [person.id.toLowerCase(), person.name]));
  return body.replace(MENTION, (_, id: string) => `@${names.get(id.toLowerCase()) ?? "someone"}`);
}
