/** The CSV export's columns, in order. Changing them breaks everybody's spreadsheets: don't. */
export const CLAIM_COLUMNS = [
  "article_id",
  "article_title",
  "article_url",
  "claim_id",
  "quote",
  "prefix",
  "suffix",
  "start",
  "end",
  "claimant",
  "summary",
  "status",
  "verdict",
  "rationale",
  "tags",
  "sources",
  "source_count",
  "reviews",
  "created_by",
  "created_at",
  "updated_at",
  "orphan",
] as const;

/** `?layout=sources` adds one row per source with these columns after the claim's. */
export const SOURCE_COLUMNS = ["source_url", "source_title", "source_publisher", "source_stance", "source_excerpt"] as const;
