/** The operations of working together: live stream, presence, comments, activity, My work. */
import { z } from "zod";
import { ZMarkMentionsSeen, ZCreateComment, ZUpdateComment } from "@/lib/validation/comments";
import { ZActivityQuery, ZSetPresence } from "@/lib/validation/live";
import { ZActivityAnswer, ZHistoryAnswer } from "@/lib/views/activity";
import { ZCommentAnswer, ZCommentListAnswer } from "@/lib/views/comment";
import { ZPeopleAnswer } from "@/lib/views/person";
import { ZPresenceView } from "@/lib/views/presence";
import { ZWorkView } from "@/lib/views/work";
import type { OperationSpec } from "./openapi-operations";
import { IDEMPOTENCY_PARAMETERS } from "./openapi-parameters";
import type { ParameterObject } from "./openapi-types";

const STREAM_DESCRIPTION = [
  "A `text/event-stream`. Each change to the article is a message with `id:` (its position in the event log), `event:` (its type: `claim.created`, `claim.updated`, `claim.deleted`, `claim.restored`, `source.created`, `source.updated`, `source.deleted`, `source.restored`, `comment.created`, `comment.updated`, `comment.deleted`, `review.recorded`, `review.withdrawn`, `article.updated`, `article.policy`) and `data:`, JSON `{ type, actor: { id, name }, at, ...payload }` where the payload holds the same views the REST API answers with (`{ claim }`, `{ source }`, `{ article, reanchored, … }`; updates add `changes: { field: { from, to } }`). Review events carry only `{ claimId, reviewer }`, never the rating: under a blind policy the stream reaches people who may not see it, and a client that may fetches `GET /api/claims/{id}/reviews`.",
  "`event: presence` messages (no `id:`, never replayed) carry `{ users: [{ id, name, role, claimId }] }`. A comment (`: heartbeat`) comes every 15 s; `retry:` says how long to wait before reconnecting.",
  "Send the last id received as `Last-Event-ID` (or `?lastEventId=`) to get every later event first, in order, then live ones: none missed, none repeated. Without it the stream starts from now. The stream closes when its user signs out, loses access or has the token revoked.",
].join("\n\n");

const LAST_EVENT_ID_PARAMETERS: ParameterObject[] = [
  { name: "Last-Event-ID", in: "header", required: false, description: "The id of the last event received: replay from after it.", schema: { type: "string", pattern: "^\\d{1,19}$" } },
  { name: "lastEventId", in: "query", required: false, description: "The same, for clients that cannot set headers.", schema: { type: "string", pattern: "^\\d{1,19}$" } },
];

export const COLLABORATION_OPERATIONS: OperationSpec[] = [
  {
    id: "getMyWork", method: "get", path: "/api/me/work", tag: "Account",
    summary: "My work: claims assigned to me, and comments that mention me",
    description: "Across all articles: live claims assigned to you that are not resolved (most recently changed first), and the comments that mention you that you have not seen (newest first).",
    access: "signed in",
    success: { status: 200, description: "`{ assigned, mentions, count }`", schema: ZWorkView },
    errors: [401],
  },
  {
    id: "markMentionsSeen", method: "post", path: "/api/me/mentions/seen", tag: "Account",
    summary: "Mark the mentions of me on a claim as seen",
    description: "The page does this when you open the claim.",
    access: "signed in",
    body: ZMarkMentionsSeen,
    success: { status: 200, description: "`{ seen }`: how many mentions this marked", schema: z.object({ seen: z.number().int() }) },
    errors: [400, 401],
  },
  {
    id: "listPeople", method: "get", path: "/api/people", tag: "Users",
    summary: "Everyone in the workspace, by name",
    description: "Active users' ids and names (no emails): whom a comment can mention.",
    access: "viewer+",
    success: { status: 200, description: "`{ people }`", schema: ZPeopleAnswer },
    errors: [401],
  },
  {
    id: "listComments", method: "get", path: "/api/claims/{id}/comments", tag: "Claims",
    summary: "A claim's comment threads",
    description: "Oldest first; a reply has `parentId`. A deleted comment keeps its place (empty `body`, `isDeleted`) while it has replies. A mention is `@{<user id>}` in `body`, named in `mentions`.",
    access: "viewer+",
    success: { status: 200, description: "`{ comments }`", schema: ZCommentListAnswer },
    errors: [401, 403, 404],
  },
  {
    id: "createComment", method: "post", path: "/api/claims/{id}/comments", tag: "Claims",
    summary: "Comment on a claim, or reply to a thread",
    description: "Plain text (line breaks and http(s) links are shown as such, never HTML). Write a mention as `@{<user id>}`; `parentId` replies to a thread's first comment.",
    access: "reviewer+",
    query: IDEMPOTENCY_PARAMETERS,
    body: ZCreateComment,
    success: { status: 201, description: "`{ comment }`", schema: ZCommentAnswer },
    errors: [400, 401, 403, 404, 413, 422],
  },
  {
    id: "updateComment", method: "patch", path: "/api/comments/{id}", tag: "Claims",
    summary: "Edit a comment, or resolve or reopen its thread",
    description: "`body`: its author only. `resolved`: on a thread's first comment, by the claim's author, the commenter or an editor. A stale `version` gets 409 with `error.current`.",
    access: "reviewer+: own comment (body); claim author, commenter or editor+ (resolved)",
    body: ZUpdateComment,
    success: { status: 200, description: "`{ comment }`", schema: ZCommentAnswer },
    errors: [400, 401, 403, 404, 409, 413],
  },
  {
    id: "deleteComment", method: "delete", path: "/api/comments/{id}", tag: "Claims",
    summary: "Delete a comment",
    access: "reviewer+: own comment; editor+: any",
    success: { status: 200, description: "`{ comment }`, as deleted", schema: ZCommentAnswer },
    errors: [401, 403, 404],
  },
  {
    id: "listArticleActivity", method: "get", path: "/api/articles/{id}/activity", tag: "Live",
    summary: "The article's activity, newest first",
    description: "Who did what, when, in words, each line with its claim; `next` is the `before` of the next page. Comment words never appear.",
    access: "viewer+",
    query: { schema: ZActivityQuery, descriptions: { before: "Only events before this event id (the `next` of the previous page).", limit: "How many (1–100, default 50)." } },
    success: { status: 200, description: "`{ activity, next? }`", schema: ZActivityAnswer },
    errors: [400, 401, 403, 404],
  },
  {
    id: "getClaimHistory", method: "get", path: "/api/claims/{id}/history", tag: "Claims",
    summary: "Every change to a claim, oldest first",
    description: "Its fields (with old and new values), its sources and its comments, each with its author and time.",
    access: "viewer+ (a deleted claim: editor+)",
    success: { status: 200, description: "`{ history }`", schema: ZHistoryAnswer },
    errors: [401, 403, 404],
  },
  {
    id: "streamArticleEvents", method: "get", path: "/api/articles/{id}/events", tag: "Live",
    summary: "Follow an article's changes live",
    description: STREAM_DESCRIPTION,
    access: "viewer+",
    query: LAST_EVENT_ID_PARAMETERS,
    success: { status: 200, description: "Server-Sent Events, until the client closes the connection.", mediaType: "text/event-stream", schema: z.string() },
    errors: [400, 401, 403, 404, 429],
  },
  {
    id: "getPresence", method: "get", path: "/api/articles/{id}/presence", tag: "Live",
    summary: "Who has the article open",
    description: "Everyone seen on the article in the last 45 s, and the claim each is on (`null`: the article itself).",
    access: "viewer+",
    success: { status: 200, description: "`{ users }`", schema: ZPresenceView },
    errors: [401, 403, 404],
  },
  {
    id: "setPresence", method: "put", path: "/api/articles/{id}/presence", tag: "Live",
    summary: "Say you have the article open, and on which claim",
    description: "Send it on opening the article, when the claim you are on changes, and every 15 s; it lapses after 45 s without one.",
    access: "viewer+",
    body: ZSetPresence,
    success: { status: 200, description: "`{ users }`, everyone on the article now", schema: ZPresenceView },
    errors: [400, 401, 403, 404, 422],
  },
  {
    id: "clearPresence", method: "delete", path: "/api/articles/{id}/presence", tag: "Live",
    summary: "Say you have left the article",
    access: "viewer+",
    success: { status: 200, description: "`{ users }`, everyone still on the article", schema: ZPresenceView },
    errors: [401, 403, 404],
  },
];
