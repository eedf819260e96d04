/** The export operations: CSV of all or one article's claims, and an article's JSON-LD. */
import { z } from "zod";
import { ZExportQuery, ZJsonLdQuery } from "@/lib/validation/export";
import { ZJsonLdExportView } from "@/lib/views/export";
import type { OperationSpec } from "./openapi-operations";

const EXPORT_FILTERS: Record<string, string> = {
  articleId: "Only these articles; repeat the parameter for several (`?articleId=…&articleId=…`).",
  verdict: "Only claims with this verdict (`none`: without a verdict).",
  status: "Only claims with this status.",
  author: "Only claims created by this user (their id).",
  from: "Only claims created at or after this time.",
  to: "Only claims created at or before this time.",
  layout: "`claims`: one row per claim; `sources`: one row per source (a claim without sources keeps one row).",
  bom: "`0` leaves out the byte-order mark that helps spreadsheets read UTF-8.",
};
const { articleId: _articleOnly, ...ARTICLE_EXPORT_FILTERS } = EXPORT_FILTERS;

export const EXPORT_OPERATIONS: OperationSpec[] = [
  {
    id: "exportClaimsCsv", method: "get", path: "/api/export.csv", tag: "Export",
    summary: "Export claims of all (or some) articles as CSV",
    access: "viewer+",
    query: { schema: ZExportQuery, descriptions: EXPORT_FILTERS },
    success: { status: 200, description: "A CSV file (streamed).", mediaType: "text/csv", schema: z.string() },
    errors: [400, 401],
  },
  {
    id: "exportArticleCsv", method: "get", path: "/api/articles/{id}/export.csv", tag: "Export",
    summary: "Export one article's claims as CSV",
    access: "viewer+",
    query: { schema: ZExportQuery.omit({ articleId: true }), descriptions: ARTICLE_EXPORT_FILTERS },
    success: { status: 200, description: "A CSV file (streamed).", mediaType: "text/csv", schema: z.string() },
    errors: [400, 401, 404],
  },
  {
    id: "exportArticleJsonLd", method: "get", path: "/api/articles/{id}/export.jsonld", tag: "Export",
    summary: "Export one article's claims as JSON-LD",
    access: "viewer+",
    description:
      "The W3C collection's `@context` adds Claimdesk's own (`/ns/v1`, public) to the anno context, so `stance`, `claimant`, `status` and `tags` survive JSON-LD expansion. ClaimReview `url` is where the fact-check is published (`CLAIMDESK_FACTCHECK_BASE_URL`).",
    query: {
      schema: ZJsonLdQuery,
      descriptions: {
        format: "`w3c`: a W3C Web Annotation collection; `claimreview`: an array of schema.org ClaimReview items, one per claim with a verdict.",
        page: "`0` (with `format=w3c`): the collection's one page as a document of its own (its `id`, and the collection's `last`).",
      },
    },
    success: {
      status: 200,
      description: "A JSON-LD document: the collection, its page, or the ClaimReview array.",
      mediaType: "application/ld+json",
      schema: ZJsonLdExportView,
    },
    errors: [400, 401, 404],
  },
];
