/**
 * Every event the activity log holds, with what it carries: the entity's view as it stood after
 * the change and, for updates, which fields changed from what to what. The data layer appends
 * only these (lib/data/events/append-event.ts); the live stream and the activity feed read them.
 */
import { z } from "zod";
import type { ArticleDoc } from "@/lib/document/article-document";
import { ZApiTokenView } from "@/lib/views/api-token";
import { ZArticleView, ZReanchorSummaryView } from "@/lib/views/article";
import { ZClaimView } from "@/lib/views/claim";
import { ZCommentView } from "@/lib/views/comment";
import { ZPersonView } from "@/lib/views/person";
import { ZSourceView } from "@/lib/views/source";
import { ZActorView } from "@/lib/views/user";
import { changesSchema } from "./field-changes";

/** The claim fields a person edits; a claim.updated event says which of them changed. */
export const CLAIM_EDITABLE_FIELDS = ["selector", "claimant", "summary", "status", "verdict", "rationale", "ruling", "recheck", "tags", "assignee"] as const;
/** The source fields a person edits. */
export const SOURCE_EDITABLE_FIELDS = ["url", "title", "publisher", "excerpt", "stance"] as const;
/** The article fields an edit changes apart from its text (whose change is `textChanged`). */
export const ARTICLE_EDITABLE_FIELDS = ["title", "sourceUrl", "language"] as const;

const pick = <S extends z.core.$ZodShape, K extends keyof S>(shape: S, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, shape[key]])) as Pick<S, K>;

export const ZClaimChanges = changesSchema(pick(ZClaimView.shape, CLAIM_EDITABLE_FIELDS));
export const ZSourceChanges = changesSchema(pick(ZSourceView.shape, SOURCE_EDITABLE_FIELDS));
export const ZArticleChanges = changesSchema(pick(ZArticleView.shape, ARTICLE_EDITABLE_FIELDS));
export const ZPolicyChanges = changesSchema(pick(ZArticleView.shape, ["reviewPolicy"] as const));
export const ZUserChanges = changesSchema(pick(ZActorView.shape, ["role"] as const));
export const ZCommentChanges = changesSchema(pick(ZCommentView.shape, ["body", "resolvedAt"] as const));
export type ClaimChanges = z.infer<typeof ZClaimChanges>;
export type SourceChanges = z.infer<typeof ZSourceChanges>;

/**
 * An article as an event carries it. Its document was checked node by node when it came in (the
 * import's worker thread) and is stored as checked; checking all of it again for every event took
 * the server's main thread 170 ms for a 1 MB article, so here only its outline is checked.
 */
const ZArticleEventView = ZArticleView.extend({
  doc: z.custom<ArticleDoc>((value) => typeof value === "object" && value !== null && "type" in value && value.type === "doc" && "content" in value && Array.isArray(value.content), "Not an article document."),
});

const event = <T extends string, P extends z.core.$ZodShape>(type: T, payload: P) =>
  z.strictObject({ type: z.literal(type), payload: z.strictObject(payload) });

/** What happened, discriminated by `type`. */
export const ZAppEvent = z.discriminatedUnion("type", [
  event("article.created", { article: ZArticleEventView }),
  event("article.updated", {
    article: ZArticleEventView,
    changes: ZArticleChanges,
    textChanged: z.boolean(),
    reanchored: ZReanchorSummaryView,
    orphanedClaimIds: z.array(z.uuid()),
  }),
  event("claim.created", { claim: ZClaimView }),
  event("claim.updated", { claim: ZClaimView, changes: ZClaimChanges }),
  event("claim.deleted", { claim: ZClaimView }),
  event("claim.restored", { claim: ZClaimView }),
  event("source.created", { source: ZSourceView }),
  event("source.updated", { source: ZSourceView, changes: ZSourceChanges }),
  event("source.deleted", { source: ZSourceView }),
  event("source.restored", { source: ZSourceView }),
  // A review event names who reviewed which claim, never the rating: under a blind policy the
  // stream goes to people who may not see it. A client that may see it fetches the reviews.
  event("review.recorded", { claimId: z.uuid(), reviewer: ZPersonView }),
  event("review.withdrawn", { claimId: z.uuid(), reviewer: ZPersonView }),
  event("article.policy", { articleId: z.uuid(), changes: ZPolicyChanges }),
  event("comment.created", { comment: ZCommentView }),
  event("comment.updated", { comment: ZCommentView, changes: ZCommentChanges }),
  event("comment.deleted", { comment: ZCommentView }),
  event("user.role_changed", { user: ZActorView, changes: ZUserChanges }),
  event("token.created", { token: ZApiTokenView }),
  event("token.revoked", { token: ZApiTokenView }),
]);
export type AppEvent = z.infer<typeof ZAppEvent>;
export type AppEventType = AppEvent["type"];
export type AppEventOf<T extends AppEventType> = Extract<AppEvent, { type: T }>;

/** The claim an event is about: its own, or that of its source, comment or review. */
export function claimIdOf(event: AppEvent): string | null {
  const payload = event.payload as { claim?: { id: string }; source?: { claimId: string }; comment?: { claimId: string }; claimId?: string };
  return payload.claim?.id ?? payload.source?.claimId ?? payload.comment?.claimId ?? payload.claimId ?? null;
}

/** An event as the log stores it: its place in the log, who, when, and what. */
export const ZStoredEvent = z.intersection(
  z.object({
    /** The log position (a bigint in the database), as a decimal string. */
    id: z.string().regex(/^\d+$/),
    articleId: z.uuid().nullable(),
    actorId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  }),
  ZAppEvent,
);
export type StoredEvent = z.infer<typeof ZStoredEvent>;

/** Reads an Event row into a StoredEvent; an error names what does not fit the union. */
export function parseStoredEvent(row: { id: bigint; articleId: string | null; actorId: string | null; createdAt: Date; type: string; payload: unknown }) {
  return ZStoredEvent.safeParse({ ...row, id: row.id.toString(), createdAt: row.createdAt.toISOString() });
}
