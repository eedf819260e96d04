import { z } from "zod";
import { ZClaimStatus, ZVerdict } from "./verdicts";

export const MAX_SEARCH_QUERY = 200;
export const SEARCH_PAGE_SIZE = 20;

/** Where a page of results ends: the last result's rank and id (results are ordered by rank, then id). */
export type SearchCursor = { rank: number; id: string };

const CURSOR_MESSAGE = "A cursor, as the previous page's next gave it.";
const ZCursorContent = z.tuple([z.number().finite().min(0), z.uuid()]);

/** base64url of `[rank, id]`: opaque to clients, and only ever ASCII. */
export function encodeSearchCursor(cursor: SearchCursor): string {
  return btoa(JSON.stringify([cursor.rank, cursor.id])).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function decodeSearchCursor(text: string): SearchCursor | null {
  try {
    const parsed = ZCursorContent.safeParse(JSON.parse(atob(text.replaceAll("-", "+").replaceAll("_", "/"))));
    return parsed.success ? { rank: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

const ZSearchCursor = z
  .string()
  .max(200, CURSOR_MESSAGE)
  .regex(/^[A-Za-z0-9_-]+$/, CURSOR_MESSAGE)
  .transform((text, context) => {
    const cursor = decodeSearchCursor(text);
    if (!cursor) context.addIssue({ code: "custom", message: CURSOR_MESSAGE });
    return cursor ?? z.NEVER;
  });

/** GET /api/search and the search page: words to find (web-search syntax: "a phrase", -not, or), and filters. */
export const ZSearchQuery = z.strictObject({
  q: z.string().trim().min(1, "Type what to search for.").max(MAX_SEARCH_QUERY, `At most ${MAX_SEARCH_QUERY} characters.`),
  verdict: z.union([ZVerdict, z.literal("none")], { error: "A verdict, or none." }).optional(),
  status: ZClaimStatus.optional(),
  article: z.uuid("article must be an article id.").optional(),
  author: z.uuid("author must be a user id.").optional(),
  assignee: z.union([z.uuid(), z.literal("none")], { error: "assignee must be a user id, or none." }).optional(),
  cursor: ZSearchCursor.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(SEARCH_PAGE_SIZE),
});
export type SearchQuery = z.infer<typeof ZSearchQuery>;
