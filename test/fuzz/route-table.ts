/**
 * Every JSON route handler under app (the API, and the JSON-LD context at /ns/v1), as the fuzzer sends to it: who is signed in, the real
 * record its `:id` names, the schema its body or query string is derived from (with hints where
 * only live data is valid), the headers it reads, and what it aims at. The coverage test in
 * json-routes.db.test.ts fails when a route file has a handler missing here.
 */
import fc from "fast-check";
import * as agreement from "@/app/api/agreement/route";
import * as audit from "@/app/api/audit/route";
import * as articleActivity from "@/app/api/articles/[id]/activity/route";
import * as articleAgreement from "@/app/api/articles/[id]/agreement/route";
import * as articleAssignments from "@/app/api/articles/[id]/assignments/route";
import * as articleClaims from "@/app/api/articles/[id]/claims/route";
import * as articleCsv from "@/app/api/articles/[id]/export.csv/route";
import * as articleJsonLd from "@/app/api/articles/[id]/export.jsonld/route";
import * as articlePresence from "@/app/api/articles/[id]/presence/route";
import * as articleReviewPolicy from "@/app/api/articles/[id]/review-policy/route";
import * as article from "@/app/api/articles/[id]/route";
import * as articles from "@/app/api/articles/route";
import * as claimComments from "@/app/api/claims/[id]/comments/route";
import * as claimHistory from "@/app/api/claims/[id]/history/route";
import * as claimRestore from "@/app/api/claims/[id]/restore/route";
import * as claimReview from "@/app/api/claims/[id]/review/route";
import * as claimReviews from "@/app/api/claims/[id]/reviews/route";
import * as claim from "@/app/api/claims/[id]/route";
import * as claimSources from "@/app/api/claims/[id]/sources/route";
import * as claimVerdict from "@/app/api/claims/[id]/verdict/route";
import * as comment from "@/app/api/comments/[id]/route";
import * as exportCsv from "@/app/api/export.csv/route";
import * as mentionsSeen from "@/app/api/me/mentions/seen/route";
import * as me from "@/app/api/me/route";
import * as myWork from "@/app/api/me/work/route";
import * as people from "@/app/api/people/route";
import * as search from "@/app/api/search/route";
import * as source from "@/app/api/sources/[id]/route";
import * as sourceRestore from "@/app/api/sources/[id]/restore/route";
import * as token from "@/app/api/tokens/[id]/route";
import * as tokens from "@/app/api/tokens/route";
import * as user from "@/app/api/users/[id]/route";
import * as userSessions from "@/app/api/users/[id]/sessions/route";
import * as users from "@/app/api/users/route";
import * as jsonLdContext from "@/app/ns/v1/route";
import { listArticles } from "@/lib/data/articles/list-articles";
import { ZImportArticle, ZUpdateArticle } from "@/lib/validation/articles";
import { ZAssignClaims, ZCreateClaim, ZCreateSource, ZUpdateClaim, ZUpdateSource } from "@/lib/validation/claims";
import { ZCreateComment, ZMarkMentionsSeen, ZUpdateComment } from "@/lib/validation/comments";
import { ZExportQuery, ZJsonLdQuery } from "@/lib/validation/export";
import { ZActivityQuery, ZSetPresence } from "@/lib/validation/live";
import { ZAuditQuery } from "@/lib/validation/audit";
import { ZRecordReview, ZSetReviewPolicy, ZSetVerdict } from "@/lib/validation/reviews";
import { encodeSearchCursor, ZSearchQuery } from "@/lib/validation/search";
import { ZCreateToken } from "@/lib/validation/tokens";
import { ZUpdateUserRole } from "@/lib/validation/users";
import type { FuzzRoute } from "./fuzz-route";
import type { QueryPair } from "./request-parts";
import type { FuzzWorld } from "./fuzz-world";
import {
  articleState, articleVersion, claimState, claimVersion, commentVersion, presenceState, removedSourceVersion, selectorIn, sessionsState, sourceVersion, tokensOf, usersState,
  versionQuery, words, workOf,
} from "./route-targets";

const BODIES = ["text", "markdown", "html"] as const;
/** BCP 47 tags (ZLanguageTag's refinement, which JSON Schema cannot say), in odd cases too. */
const languages = fc.constantFrom("en", "ar", "AR-eg", "pt-BR", "sr-Latn", "he");
const bodyText = { text: words, markdown: fc.constantFrom("# Heading\n\nSome *words* and [a link](https://example.test).", "- a\n- b"), html: fc.constantFrom("<p>Some <b>words</b>.</p>", "<h2>H</h2><p>x</p>") };

/** Exactly one body (`atMost`: or none): the rule ZImportArticle and ZUpdateArticle refine, which JSON Schema cannot say. */
function oneBody(atMost: boolean) {
  return (valid: fc.Arbitrary<unknown>) =>
    fc.tuple(valid, fc.constantFrom(...BODIES, ...(atMost ? [undefined] : [])), words).map(([input, kind, text]) => {
      const rest = Object.fromEntries(Object.entries(input as Record<string, unknown>).filter(([key]) => !(BODIES as readonly string[]).includes(key)));
      return kind ? { ...rest, [kind]: (input as Record<string, unknown>)[kind] ?? text } : rest;
    });
}

/** Ids of real records of every kind (decoys: an accepted case may change them) given where another is expected. */
const otherIds = (world: FuzzWorld) => world.decoyIds;
/** Read-only routes aim at nothing in particular: the row digests still catch any write. */
const nothing = async () => null;

export const FUZZ_ROUTES: FuzzRoute[] = [
  // Articles
  { file: "app/api/articles/route.ts", method: "GET", path: "/api/articles", handler: articles.GET, actor: (w) => w.editor, target: nothing },
  {
    file: "app/api/articles/route.ts", method: "POST", path: "/api/articles", handler: articles.POST, actor: (w) => w.editor, idempotencyKey: true,
    body: { schema: ZImportArticle, hints: () => ({ ...bodyText, language: languages }), adjust: oneBody(false) },
    target: (w) => listArticles({ actor: w.editor }),
  },
  {
    file: "app/api/articles/[id]/route.ts", method: "GET", path: "/api/articles/:id", handler: article.GET,
    actor: (w) => w.editor, id: (w) => w.article.id, otherIds: (w) => [w.article.slug, ...otherIds(w)], target: nothing,
  },
  {
    file: "app/api/articles/[id]/route.ts", method: "PATCH", path: "/api/articles/:id", handler: article.PATCH, actor: (w) => w.editor, id: (w) => w.articles.edit.id, otherIds,
    body: {
      schema: ZUpdateArticle,
      hints: (w) => ({ ...bodyText, version: fc.constant(articleVersion(w, w.articles.edit.id)), language: fc.option(languages) }),
      adjust: oneBody(true),
    },
    target: (w) => articleState(w, w.articles.edit.id),
  },
  {
    file: "app/api/articles/[id]/activity/route.ts", method: "GET", path: "/api/articles/:id/activity", handler: articleActivity.GET, actor: (w) => w.editor, id: (w) => w.article.id, otherIds,
    query: { schema: ZActivityQuery }, target: nothing,
  },
  { file: "app/api/articles/[id]/agreement/route.ts", method: "GET", path: "/api/articles/:id/agreement", handler: articleAgreement.GET, actor: (w) => w.editor, id: (w) => w.article.id, otherIds, target: nothing },
  {
    file: "app/api/articles/[id]/assignments/route.ts", method: "POST", path: "/api/articles/:id/assignments", handler: articleAssignments.POST, actor: (w) => w.editor, id: (w) => w.articles.assign.id, otherIds,
    body: {
      schema: ZAssignClaims,
      hints: (w) => ({ "claimIds.*": fc.constantFrom(w.claims.assignA.id, w.claims.assignB.id, w.claims.read.id), assigneeId: fc.constantFrom(w.reviewer.id, w.editor.id, w.tokenOwner.id, null) }),
    },
    target: (w) => articleState(w, w.articles.assign.id),
  },
  {
    file: "app/api/articles/[id]/claims/route.ts", method: "GET", path: "/api/articles/:id/claims", handler: articleClaims.GET, actor: (w) => w.editor, id: (w) => w.article.id, otherIds,
    query: { keys: ["deleted"], valid: () => fc.constantFrom<QueryPair[]>([], [{ key: "deleted", value: "1", encode: true }], [{ key: "deleted", value: "0", encode: true }]) }, target: nothing,
  },
  {
    file: "app/api/articles/[id]/claims/route.ts", method: "POST", path: "/api/articles/:id/claims", handler: articleClaims.POST, actor: (w) => w.editor, id: (w) => w.articles.claims.id, otherIds, idempotencyKey: true,
    body: { schema: ZCreateClaim, hints: (w) => ({ selector: selectorIn(w.articles.claims.text), claimant: words, summary: words }) },
    target: (w) => articleState(w, w.articles.claims.id),
  },
  {
    file: "app/api/articles/[id]/export.csv/route.ts", method: "GET", path: "/api/articles/:id/export.csv", handler: articleCsv.GET, actor: (w) => w.editor, id: (w) => w.article.id, otherIds,
    query: { schema: ZExportQuery.omit({ articleId: true }), hints: (w) => ({ author: fc.constantFrom(w.reviewer.id, w.editor.id) }) }, target: nothing, responds: "csv",
  },
  {
    file: "app/api/articles/[id]/export.jsonld/route.ts", method: "GET", path: "/api/articles/:id/export.jsonld", handler: articleJsonLd.GET, actor: (w) => w.editor, id: (w) => w.article.id, otherIds,
    // ZJsonLdQuery's refinement (a page only of the W3C collection) is more than JSON Schema says.
    query: {
      schema: ZJsonLdQuery,
      valid: () => fc.constantFrom<QueryPair[]>([], [{ key: "format", value: "w3c", encode: true }], [{ key: "format", value: "w3c", encode: true }, { key: "page", value: "0", encode: true }], [{ key: "page", value: "0", encode: true }], [{ key: "format", value: "claimreview", encode: true }]),
    },
    target: nothing,
  },
  { file: "app/api/articles/[id]/presence/route.ts", method: "GET", path: "/api/articles/:id/presence", handler: articlePresence.GET, actor: (w) => w.editor, id: (w) => w.article.id, otherIds, target: nothing },
  {
    file: "app/api/articles/[id]/presence/route.ts", method: "PUT", path: "/api/articles/:id/presence", handler: articlePresence.PUT, actor: (w) => w.editor, id: (w) => w.article.id, otherIds,
    body: { schema: ZSetPresence, hints: (w) => ({ claimId: fc.constantFrom(w.claims.read.id, w.claims.assignA.id, w.claims.restore.id, null) }) },
    target: (w) => presenceState(w, w.article.id),
  },
  {
    file: "app/api/articles/[id]/presence/route.ts", method: "DELETE", path: "/api/articles/:id/presence", handler: articlePresence.DELETE,
    actor: (w) => w.editor, id: (w) => w.article.id, otherIds, target: (w) => presenceState(w, w.article.id),
  },
  {
    file: "app/api/articles/[id]/review-policy/route.ts", method: "PUT", path: "/api/articles/:id/review-policy", handler: articleReviewPolicy.PUT, actor: (w) => w.editor, id: (w) => w.articles.policy.id, otherIds,
    body: { schema: ZSetReviewPolicy }, target: (w) => articleState(w, w.articles.policy.id),
  },
  // Claims
  { file: "app/api/claims/[id]/route.ts", method: "GET", path: "/api/claims/:id", handler: claim.GET, actor: (w) => w.editor, id: (w) => w.claims.read.id, otherIds, target: nothing },
  {
    file: "app/api/claims/[id]/route.ts", method: "PATCH", path: "/api/claims/:id", handler: claim.PATCH, actor: (w) => w.editor, id: (w) => w.claims.patch.id, otherIds,
    body: {
      schema: ZUpdateClaim,
      hints: (w) => ({
        version: fc.constant(claimVersion(w, w.claims.patch.id)), selector: selectorIn(w.article.text), assigneeId: fc.constantFrom(w.reviewer.id, w.tokenOwner.id, null),
        claimant: words, summary: words, rationale: words,
      }),
    },
    target: (w) => claimState(w, w.claims.patch.id),
  },
  {
    file: "app/api/claims/[id]/route.ts", method: "DELETE", path: "/api/claims/:id", handler: claim.DELETE, actor: (w) => w.editor, id: (w) => w.claims.remove.id, otherIds,
    version: (w) => claimVersion(w, w.claims.remove.id), query: { keys: ["version"], valid: (w) => versionQuery(claimVersion(w, w.claims.remove.id)) },
    target: (w) => claimState(w, w.claims.remove.id),
  },
  {
    file: "app/api/claims/[id]/restore/route.ts", method: "POST", path: "/api/claims/:id/restore", handler: claimRestore.POST, actor: (w) => w.editor, id: (w) => w.claims.restore.id, otherIds,
    version: (w) => claimVersion(w, w.claims.restore.id), query: { keys: ["version"], valid: (w) => versionQuery(claimVersion(w, w.claims.restore.id)) },
    target: (w) => claimState(w, w.claims.restore.id),
  },
  { file: "app/api/claims/[id]/comments/route.ts", method: "GET", path: "/api/claims/:id/comments", handler: claimComments.GET, actor: (w) => w.reviewer, id: (w) => w.claims.comments.id, otherIds, target: nothing },
  {
    file: "app/api/claims/[id]/comments/route.ts", method: "POST", path: "/api/claims/:id/comments", handler: claimComments.POST, actor: (w) => w.reviewer, id: (w) => w.claims.comments.id, otherIds, idempotencyKey: true,
    body: {
      schema: ZCreateComment,
      hints: (w) => ({
        body: fc.oneof(words, fc.constantFrom(`For @{${w.mentioned.id}}`, `@{${w.editor.id.toUpperCase()}} @{${w.reviewer.id}}`, "@{00000000-0000-0000-0000-000000000000}")),
        parentId: fc.constantFrom(w.comments.parent.id, w.comments.reply.id, w.comments.patch.id),
      }),
    },
    target: (w) => claimState(w, w.claims.comments.id, { comments: true }),
  },
  { file: "app/api/claims/[id]/history/route.ts", method: "GET", path: "/api/claims/:id/history", handler: claimHistory.GET, actor: (w) => w.editor, id: (w) => w.claims.read.id, otherIds, target: nothing },
  {
    file: "app/api/claims/[id]/review/route.ts", method: "PUT", path: "/api/claims/:id/review", handler: claimReview.PUT, actor: (w) => w.reviewer, id: (w) => w.claims.review.id, otherIds,
    body: { schema: ZRecordReview, hints: () => ({ rationale: words }) }, target: (w) => claimState(w, w.claims.review.id, { reviews: true }),
  },
  {
    file: "app/api/claims/[id]/review/route.ts", method: "DELETE", path: "/api/claims/:id/review", handler: claimReview.DELETE,
    actor: (w) => w.reviewer, id: (w) => w.claims.review.id, otherIds, target: (w) => claimState(w, w.claims.review.id, { reviews: true }),
  },
  { file: "app/api/claims/[id]/reviews/route.ts", method: "GET", path: "/api/claims/:id/reviews", handler: claimReviews.GET, actor: (w) => w.reviewer, id: (w) => w.claims.review.id, otherIds, target: nothing },
  {
    file: "app/api/claims/[id]/sources/route.ts", method: "POST", path: "/api/claims/:id/sources", handler: claimSources.POST, actor: (w) => w.editor, id: (w) => w.claims.sources.id, otherIds, idempotencyKey: true,
    body: { schema: ZCreateSource, hints: () => ({ title: words, excerpt: words }) }, target: (w) => claimState(w, w.claims.sources.id),
  },
  {
    file: "app/api/claims/[id]/verdict/route.ts", method: "PUT", path: "/api/claims/:id/verdict", handler: claimVerdict.PUT, actor: (w) => w.editor, id: (w) => w.claims.verdict.id, otherIds,
    body: { schema: ZSetVerdict, hints: (w) => ({ version: fc.constant(claimVersion(w, w.claims.verdict.id)), rationale: words }) },
    target: (w) => claimState(w, w.claims.verdict.id),
  },
  // Comments and sources
  {
    file: "app/api/comments/[id]/route.ts", method: "PATCH", path: "/api/comments/:id", handler: comment.PATCH, actor: (w) => w.reviewer, id: (w) => w.comments.patch.id, otherIds,
    body: {
      schema: ZUpdateComment,
      hints: (w) => ({ version: fc.constant(commentVersion(w, w.claims.read.id, w.comments.patch.id)), body: words }),
      // ZUpdateComment refines: a new body, or resolved.
      adjust: (valid) => fc.tuple(valid, fc.boolean()).map(([input, resolved]) => ({ resolved, ...(input as Record<string, unknown>) })),
    },
    target: (w) => claimState(w, w.claims.read.id, { comments: true }),
  },
  {
    file: "app/api/comments/[id]/route.ts", method: "DELETE", path: "/api/comments/:id", handler: comment.DELETE,
    actor: (w) => w.editor, id: (w) => w.comments.remove.id, otherIds, target: (w) => claimState(w, w.claims.read.id, { comments: true }),
  },
  {
    file: "app/api/sources/[id]/route.ts", method: "PATCH", path: "/api/sources/:id", handler: source.PATCH, actor: (w) => w.editor, id: (w) => w.sources.patch.id, otherIds,
    body: { schema: ZUpdateSource, hints: (w) => ({ version: fc.constant(sourceVersion(w, w.claims.sources.id, w.sources.patch.id)), title: words, excerpt: words }) },
    target: (w) => claimState(w, w.claims.sources.id),
  },
  {
    file: "app/api/sources/[id]/route.ts", method: "DELETE", path: "/api/sources/:id", handler: source.DELETE, actor: (w) => w.editor, id: (w) => w.sources.remove.id, otherIds,
    version: (w) => sourceVersion(w, w.claims.sources.id, w.sources.remove.id), query: { keys: ["version"], valid: (w) => versionQuery(sourceVersion(w, w.claims.sources.id, w.sources.remove.id)) },
    target: (w) => claimState(w, w.claims.sources.id),
  },
  {
    file: "app/api/sources/[id]/restore/route.ts", method: "POST", path: "/api/sources/:id/restore", handler: sourceRestore.POST, actor: (w) => w.editor, id: (w) => w.sources.restore.id, otherIds,
    version: (w) => removedSourceVersion(w, w.claims.sources.id, w.sources.restore.id), query: { keys: ["version"], valid: (w) => versionQuery(removedSourceVersion(w, w.claims.sources.id, w.sources.restore.id)) },
    target: (w) => claimState(w, w.claims.sources.id),
  },
  // Exports and the workspace
  {
    file: "app/api/export.csv/route.ts", method: "GET", path: "/api/export.csv", handler: exportCsv.GET, actor: (w) => w.editor, target: nothing, responds: "csv",
    query: { schema: ZExportQuery, hints: (w) => ({ articleId: fc.oneof(fc.constant(w.article.id), fc.constant([w.article.id, w.articles.assign.id])), author: fc.constantFrom(w.reviewer.id, w.editor.id) }) },
  },
  { file: "app/api/agreement/route.ts", method: "GET", path: "/api/agreement", handler: agreement.GET, actor: (w) => w.editor, target: nothing },
  { file: "app/api/people/route.ts", method: "GET", path: "/api/people", handler: people.GET, actor: (w) => w.editor, target: nothing },
  // Public: the JSON-LD context (it reads only the request's origin).
  { file: "app/ns/v1/route.ts", method: "GET", path: "/ns/v1", handler: jsonLdContext.GET, actor: (w) => w.editor, target: nothing },
  {
    file: "app/api/search/route.ts", method: "GET", path: "/api/search", handler: search.GET, actor: (w) => w.reviewer, target: nothing,
    query: { schema: ZSearchQuery, hints: (w) => ({ q: words, article: fc.constant(w.article.id), author: fc.constantFrom(w.reviewer.id, w.editor.id), cursor: fc.constant(encodeSearchCursor({ rank: 0.05, id: w.claims.read.id })) }) },
  },
  // The signed-in user
  { file: "app/api/me/route.ts", method: "GET", path: "/api/me", handler: me.GET, actor: (w) => w.reviewer, target: nothing },
  { file: "app/api/me/work/route.ts", method: "GET", path: "/api/me/work", handler: myWork.GET, actor: (w) => w.reviewer, target: nothing },
  {
    file: "app/api/me/mentions/seen/route.ts", method: "POST", path: "/api/me/mentions/seen", handler: mentionsSeen.POST, actor: (w) => w.mentioned,
    body: { schema: ZMarkMentionsSeen, hints: (w) => ({ claimId: fc.constantFrom(w.claims.mention.id, w.claims.read.id) }) }, target: (w) => workOf(w.mentioned),
  },
  { file: "app/api/tokens/route.ts", method: "GET", path: "/api/tokens", handler: tokens.GET, actor: (w) => w.editor, target: nothing },
  {
    file: "app/api/tokens/route.ts", method: "POST", path: "/api/tokens", handler: tokens.POST,
    actor: (w) => w.editor, idempotencyKey: true, body: { schema: ZCreateToken, hints: () => ({ name: words }) }, target: (w) => tokensOf(w.editor),
  },
  { file: "app/api/tokens/[id]/route.ts", method: "DELETE", path: "/api/tokens/:id", handler: token.DELETE, actor: (w) => w.tokenOwner, id: (w) => w.tokenId, otherIds, target: (w) => tokensOf(w.tokenOwner) },
  // Administration
  { file: "app/api/users/route.ts", method: "GET", path: "/api/users", handler: users.GET, actor: (w) => w.admin, target: nothing },
  { file: "app/api/audit/route.ts", method: "GET", path: "/api/audit", handler: audit.GET, actor: (w) => w.admin, query: { schema: ZAuditQuery }, target: nothing },
  {
    file: "app/api/users/[id]/route.ts", method: "PATCH", path: "/api/users/:id", handler: user.PATCH,
    actor: (w) => w.admin, id: (w) => w.roleTarget.id, otherIds, body: { schema: ZUpdateUserRole }, target: usersState,
  },
  {
    file: "app/api/users/[id]/sessions/route.ts", method: "DELETE", path: "/api/users/:id/sessions", handler: userSessions.DELETE,
    actor: (w) => w.admin, id: (w) => w.sessionsTarget.id, otherIds, target: sessionsState,
  },
];

/** Handlers the table leaves out on purpose, each with the reason. */
export const OUT_OF_SCOPE: Record<string, string> = {
  "GET app/api/articles/[id]/events/route.ts": "the live stream (Server-Sent Events), not a JSON answer: it stays open; its tests are events/route.db.test.ts and stream-limits.db.test.ts",
  "GET app/api/auth/[...nextauth]/route.ts": "next-auth's own handler (sign-in pages, callbacks, CSRF), not part of Claimdesk's JSON API",
  "POST app/api/auth/[...nextauth]/route.ts": "next-auth's own handler: form posts of the sign-in flow; the brake on guessing is tested in lib/data/auth",
};
