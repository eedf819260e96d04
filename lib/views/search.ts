import { z } from "zod";
import { ZClaimView } from "./claim";

export const SEARCH_FIELDS = ["quote", "summary", "claimant", "tags", "rationale", "sourceTitle", "sourceExcerpt"] as const;
export const ZSearchField = z.enum(SEARCH_FIELDS);
export type SearchField = z.infer<typeof ZSearchField>;

/** A piece of a field's text; `isMatch` marks the words that match the search. */
export const ZHighlightSegment = z.object({ text: z.string(), isMatch: z.boolean() });
export type HighlightSegment = z.infer<typeof ZHighlightSegment>;

/** Where a result matched: the field (a long one cut to the passages around its matches), in pieces. */
export const ZSearchHighlight = z.object({
  field: ZSearchField,
  /** For the source fields: which source. */
  sourceId: z.uuid().optional(),
  segments: z.array(ZHighlightSegment),
});
export type SearchHighlight = z.infer<typeof ZSearchHighlight>;

export const ZSearchResult = z.object({
  claim: ZClaimView,
  article: z.object({ id: z.uuid(), title: z.string() }),
  highlights: z.array(ZSearchHighlight),
});
export type SearchResult = z.infer<typeof ZSearchResult>;

/** GET /api/search: best match first; `next` asks for the page after this one (absent on the last). */
export const ZSearchAnswer = z.object({ results: z.array(ZSearchResult), next: z.string().optional() });
export type SearchAnswer = z.infer<typeof ZSearchAnswer>;
