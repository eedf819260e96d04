/**
 * Every operation of the JSON API, described once. Request bodies and export queries name the very
 * zod schemas the route handlers parse with, so the document cannot drift from the validation.
 */
import { z } from "zod";
import { ZImportArticle, ZUpdateArticle } from "@/lib/validation/articles";
import { ZCreateClaim, ZCreateSource, ZUpdateClaim, ZUpdateSource } from "@/lib/validation/claims";
import { ZCreateToken } from "@/lib/validation/tokens";
import { ZUpdateUserRole } from "@/lib/validation/users";
import { ZApiTokenView, ZCreatedApiTokenView } from "@/lib/views/api-token";
import { ZArticleAnswer, ZArticleEditAnswer, ZArticleSummaryView } from "@/lib/views/article";
import { ZClaimAnswer, ZClaimListAnswer } from "@/lib/views/claim";
import { ZHealthView, ZOpenApiDocumentView } from "@/lib/views/service";
import { ZDeletedSourceView, ZSourceAnswer } from "@/lib/views/source";
import { ZActorView, ZUserSummaryView } from "@/lib/views/user";
import type { ErrorStatus } from "./openapi-components";
import { COLLABORATION_OPERATIONS } from "./openapi-operations-collaboration";
import { EXPORT_OPERATIONS } from "./openapi-operations-export";
import { REVIEW_OPERATIONS } from "./openapi-operations-review";
import { SEARCH_OPERATIONS } from "./openapi-operations-search";
import { EXPECTED_VERSION_PARAMETERS, IDEMPOTENCY_PARAMETERS } from "./openapi-parameters";
import type { HttpMethod, ParameterObject } from "./openapi-types";

export const TAGS = [
  { name: "Articles", description: "Articles and their plain text; claim offsets refer to `text`." },
  { name: "Claims", description: "Claims anchored in an article's text, and their sources." },
  { name: "Live", description: "An article's changes as they happen (Server-Sent Events), and who has it open." },
  { name: "Export", description: "CSV and JSON-LD exports of claims." },
  { name: "Account", description: "Who you are, and your API tokens." },
  { name: "Users", description: "Managing accounts (admins)." },
  { name: "Service", description: "Health and this description." },
] as const;

type MediaType = "application/json" | "text/csv" | "application/ld+json" | "text/event-stream";

export type OperationSpec = {
  id: string;
  method: HttpMethod;
  path: `/api/${string}`;
  tag: (typeof TAGS)[number]["name"];
  summary: string;
  description?: string;
  access: string;
  isPublic?: boolean;
  /** What `{id}` in the path accepts, when it is not a UUID. */
  idDescription?: string;
  query?: { schema: z.ZodObject; descriptions: Record<string, string> } | ParameterObject[];
  body?: z.ZodType;
  /** The answer's body: a view from lib/views (or the export's own shape), documented from the schema itself. */
  success: { status: 200 | 201; description: string; mediaType?: MediaType; schema: z.ZodType };
  errors: ErrorStatus[];
};

/** The API token's secret as created: `cdk_` and 43 base64url characters. */
const ZCreatedTokenAnswer = ZCreatedApiTokenView.extend({ token: z.string().regex(/^cdk_[A-Za-z0-9_-]{43}$/) });

export const OPERATIONS: OperationSpec[] = [
  {
    id: "listArticles", method: "get", path: "/api/articles", tag: "Articles",
    summary: "List articles, most recently active first",
    access: "viewer+",
    success: { status: 200, description: "`{ articles }`", schema: z.object({ articles: z.array(ZArticleSummaryView) }) },
    errors: [401],
  },
  {
    id: "importArticle", method: "post", path: "/api/articles", tag: "Articles",
    summary: "Import an article",
    description: "Give the body as exactly one of `text`, `markdown` or `html` (sanitised).",
    access: "editor+",
    query: IDEMPOTENCY_PARAMETERS,
    body: ZImportArticle,
    success: { status: 201, description: "`{ article }`", schema: ZArticleAnswer },
    errors: [400, 401, 403, 413, 422],
  },
  {
    id: "getArticle", method: "get", path: "/api/articles/{id}", tag: "Articles",
    summary: "Get an article with its document and plain text",
    access: "viewer+",
    idDescription: "The article's id or slug.",
    success: { status: 200, description: "`{ article }`", schema: ZArticleAnswer },
    errors: [401, 404],
  },
  {
    id: "updateArticle", method: "patch", path: "/api/articles/{id}", tag: "Articles",
    summary: "Edit an article's title, text, source URL or language; new text re-anchors every claim",
    description:
      "Name the `version` you read; at most one of `text`, `markdown` or `html`. `sourceUrl` (http or https) and `language` (a BCP 47 tag, stored canonical: `ar-EG`) feed the exports; `null` clears either. Only a change of the text makes a new version.",
    access: "editor+",
    body: ZUpdateArticle,
    success: {
      status: 200,
      description: "`{ article, reanchored }`",
      schema: ZArticleEditAnswer,
    },
    errors: [400, 401, 403, 404, 409, 413],
  },
  {
    id: "listClaims", method: "get", path: "/api/articles/{id}/claims", tag: "Claims",
    summary: "List an article's claims",
    access: "viewer+ (`deleted=1`: editor+)",
    query: [{ name: "deleted", in: "query", required: false, description: "`1` lists deleted claims instead.", schema: { enum: ["1"] } }],
    success: { status: 200, description: "`{ claims }`", schema: ZClaimListAnswer },
    errors: [401, 403, 404],
  },
  {
    id: "createClaim", method: "post", path: "/api/articles/{id}/claims", tag: "Claims",
    summary: "Mark a claim in an article's text",
    access: "reviewer+",
    query: IDEMPOTENCY_PARAMETERS,
    body: ZCreateClaim,
    success: { status: 201, description: "`{ claim }`", schema: ZClaimAnswer },
    errors: [400, 401, 403, 404, 413, 422],
  },
  {
    id: "getClaim", method: "get", path: "/api/claims/{id}", tag: "Claims",
    summary: "Get a claim with its sources",
    access: "viewer+",
    success: { status: 200, description: "`{ claim }`", schema: ZClaimAnswer },
    errors: [401, 404],
  },
  {
    id: "updateClaim", method: "patch", path: "/api/claims/{id}", tag: "Claims",
    summary: "Edit a claim; a selector re-attaches it",
    description: "Name the `version` you read: a stale one answers 409 with the current claim.",
    access: "reviewer+: own claim; editor+: any",
    body: ZUpdateClaim,
    success: { status: 200, description: "`{ claim }`", schema: ZClaimAnswer },
    errors: [400, 401, 403, 404, 409, 413, 422],
  },
  {
    id: "deleteClaim", method: "delete", path: "/api/claims/{id}", tag: "Claims",
    summary: "Delete a claim (soft: its author or an editor can restore it)",
    access: "reviewer+: own claim; editor+: any",
    query: EXPECTED_VERSION_PARAMETERS,
    success: { status: 200, description: "`{ claim }`", schema: ZClaimAnswer },
    errors: [400, 401, 403, 404, 409],
  },
  {
    id: "restoreClaim", method: "post", path: "/api/claims/{id}/restore", tag: "Claims",
    summary: "Restore a deleted claim",
    access: "reviewer+: own claim; editor+: any",
    query: EXPECTED_VERSION_PARAMETERS,
    success: { status: 200, description: "`{ claim }`", schema: ZClaimAnswer },
    errors: [400, 401, 403, 404, 409],
  },
  {
    id: "createSource", method: "post", path: "/api/claims/{id}/sources", tag: "Claims",
    summary: "Attach a source to a claim",
    access: "reviewer+",
    query: IDEMPOTENCY_PARAMETERS,
    body: ZCreateSource,
    success: { status: 201, description: "`{ source }`", schema: ZSourceAnswer },
    errors: [400, 401, 403, 404, 413, 422],
  },
  {
    id: "updateSource", method: "patch", path: "/api/sources/{id}", tag: "Claims",
    summary: "Edit a source",
    access: "reviewer+: own source; editor+: any",
    description: "Send the `version` you read to be refused (409, with `error.current`) if someone changed the source since.",
    body: ZUpdateSource,
    success: { status: 200, description: "`{ source }`", schema: ZSourceAnswer },
    errors: [400, 401, 403, 404, 409, 413],
  },
  {
    id: "deleteSource", method: "delete", path: "/api/sources/{id}", tag: "Claims",
    summary: "Remove a source (soft: its adder or an editor can restore it)",
    access: "reviewer+: own source; editor+: any",
    query: EXPECTED_VERSION_PARAMETERS,
    success: { status: 200, description: "`{ deleted: { id, claimId } }`", schema: z.object({ deleted: ZDeletedSourceView }) },
    errors: [400, 401, 403, 404, 409],
  },
  {
    id: "restoreSource", method: "post", path: "/api/sources/{id}/restore", tag: "Claims",
    summary: "Restore a removed source",
    access: "reviewer+: own source; editor+: any",
    query: EXPECTED_VERSION_PARAMETERS,
    success: { status: 200, description: "`{ source }`", schema: ZSourceAnswer },
    errors: [400, 401, 403, 404, 409],
  },
  ...COLLABORATION_OPERATIONS,
  ...REVIEW_OPERATIONS,
  ...EXPORT_OPERATIONS,
  ...SEARCH_OPERATIONS,
  {
    id: "getMe", method: "get", path: "/api/me", tag: "Account",
    summary: "Who am I",
    access: "signed in (any role)",
    success: { status: 200, description: "`{ user }`", schema: z.object({ user: ZActorView }) },
    errors: [401],
  },
  {
    id: "listTokens", method: "get", path: "/api/tokens", tag: "Account",
    summary: "List your API tokens (never their secrets)",
    access: "signed in (any role); own tokens only",
    success: {
      status: 200,
      description: "`{ tokens }`, newest first, revoked ones included.",
      schema: z.object({ tokens: z.array(ZApiTokenView) }),
    },
    errors: [401],
  },
  {
    id: "createToken", method: "post", path: "/api/tokens", tag: "Account",
    summary: "Create an API token",
    description: "The answer is the only time the token is shown: store it now. Made by a person signed in (the session cookie), never with another token: a token that could mint tokens would leave them working once it was revoked (403).",
    access: "signed in (any role), not with an API token",
    query: IDEMPOTENCY_PARAMETERS,
    body: ZCreateToken,
    success: { status: 201, description: "`{ id, name, token }`", schema: ZCreatedTokenAnswer },
    errors: [400, 401, 403, 413, 422],
  },
  {
    id: "revokeToken", method: "delete", path: "/api/tokens/{id}", tag: "Account",
    summary: "Revoke one of your API tokens",
    access: "signed in (any role); own tokens only",
    success: { status: 200, description: "`{ token }`", schema: z.object({ token: ZApiTokenView }) },
    errors: [401, 404],
  },
  {
    id: "listUsers", method: "get", path: "/api/users", tag: "Users",
    summary: "List users",
    access: "admin",
    success: { status: 200, description: "`{ users }`", schema: z.object({ users: z.array(ZUserSummaryView) }) },
    errors: [401, 403],
  },
  {
    id: "updateUserRole", method: "patch", path: "/api/users/{id}", tag: "Users",
    summary: "Change a user's role",
    description: "An admin cannot demote themselves (409). A changed role signs the user out of every browser: they sign in again under it.",
    access: "admin",
    body: ZUpdateUserRole,
    success: { status: 200, description: "`{ user }`", schema: z.object({ user: ZUserSummaryView }) },
    errors: [400, 401, 403, 404, 409, 413],
  },
  {
    id: "signUserOutEverywhere", method: "delete", path: "/api/users/{id}/sessions", tag: "Users",
    summary: "Sign a user out everywhere",
    description: "Ends every browser session of the user: their next request, and any open live stream, is signed out. API tokens are not touched: revoke those apart.",
    access: "admin",
    success: { status: 200, description: "`{ ended }`: how many sessions ended", schema: z.object({ ended: z.number().int() }) },
    errors: [401, 403, 404],
  },
  {
    id: "getHealth", method: "get", path: "/api/health", tag: "Service",
    summary: "Liveness: is the database reachable",
    description: "503 with `database: \"unavailable\"` when it is not.",
    access: "anyone",
    isPublic: true,
    success: { status: 200, description: "`{ status, database }`", schema: ZHealthView },
    errors: [],
  },
  {
    id: "getOpenApi", method: "get", path: "/api/openapi.json", tag: "Service",
    summary: "This OpenAPI document",
    access: "anyone",
    isPublic: true,
    success: { status: 200, description: "An OpenAPI 3.1 document.", schema: ZOpenApiDocumentView },
    errors: [],
  },
];
