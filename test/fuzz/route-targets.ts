/**
 * What a fuzzed request aims at, re-read through lib/data (as an editor or admin, who see
 * everything), and the live values near-valid cases carry: a record's version as it is now.
 */
import fc from "fast-check";
import { getArticle } from "@/lib/data/articles/get-article";
import { getClaim } from "@/lib/data/claims/get-claim";
import { listClaimsForArticle } from "@/lib/data/claims/list-claims";
import { listComments } from "@/lib/data/comments/list-comments";
import { listDeletedSources } from "@/lib/data/sources/list-deleted-sources";
import { listPresence } from "@/lib/data/presence/article-presence";
import { listReviews } from "@/lib/data/reviews/list-reviews";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";
import { findSessionActor } from "@/lib/data/users/user-sessions";
import { listUsers } from "@/lib/data/users/list-users";
import { listMyWork } from "@/lib/data/work/list-my-work";
import type { Actor } from "@/lib/policies/actor";
import type { FuzzWorld } from "./fuzz-world";
import type { QueryPair } from "./request-parts";
import { Live } from "./templates";

/** A read that fails (the record deleted by an earlier accepted case) is part of the state, not an error. */
async function settled<T>(read: Promise<T>): Promise<T | { unreadable: string }> {
  return read.catch((error: unknown) => ({ unreadable: error instanceof Error ? error.message : String(error) }));
}

export async function articleState(world: FuzzWorld, articleId: string) {
  const actor = world.editor;
  const [article, claims] = await Promise.all([settled(getArticle({ actor, idOrSlug: articleId })), settled(listClaimsForArticle({ actor, articleId, includeDeleted: true }))]);
  return { article, claims };
}

/** The claim (its sources included), and its comments or reviews when the route writes those. */
export async function claimState(world: FuzzWorld, claimId: string, with_: { comments?: boolean; reviews?: boolean } = {}) {
  const actor = world.editor;
  const [claim, comments, reviews] = await Promise.all([
    settled(getClaim({ actor, claimId })),
    with_.comments ? settled(listComments({ actor, claimId })) : null,
    with_.reviews ? settled(listReviews({ actor, claimId })) : null,
  ]);
  return { claim, comments, reviews };
}

export const presenceState = (world: FuzzWorld, articleId: string) => settled(listPresence({ actor: world.editor, articleId }));
export const tokensOf = (actor: Actor) => settled(listApiTokens({ actor }));
export const usersState = (world: FuzzWorld) => settled(listUsers({ actor: world.admin }));
export const workOf = (actor: Actor) => settled(listMyWork({ actor }));
export const sessionsState = (world: FuzzWorld) =>
  Promise.all(world.sessionIds.map((sessionId) => findSessionActor({ userId: world.sessionsTarget.id, sessionId }).then((actor) => actor !== null)));

/** A version read when the case is sent; 1 once the record is gone (the request is then a 404 anyway). */
function liveVersion(label: string, read: () => Promise<number | undefined>): Live {
  return new Live(label, () => read().then((version) => version ?? 1, () => 1));
}

export const articleVersion = (world: FuzzWorld, articleId: string) => liveVersion("article version", async () => (await getArticle({ actor: world.editor, idOrSlug: articleId })).version);
export const claimVersion = (world: FuzzWorld, claimId: string) => liveVersion("claim version", async () => (await getClaim({ actor: world.editor, claimId })).version);
export const sourceVersion = (world: FuzzWorld, claimId: string, sourceId: string) =>
  liveVersion("source version", async () => (await getClaim({ actor: world.editor, claimId })).sources.find((source) => source.id === sourceId)?.version);
/** A removed source's version (as a restore's If-Match names it); after a restore, the live one's. */
export const removedSourceVersion = (world: FuzzWorld, claimId: string, sourceId: string) =>
  liveVersion("source version", async () => {
    const removed = (await listDeletedSources({ actor: world.editor, claimId })).find((source) => source.id === sourceId);
    return removed?.version ?? (await getClaim({ actor: world.editor, claimId })).sources.find((source) => source.id === sourceId)?.version;
  });
export const commentVersion = (world: FuzzWorld, claimId: string, commentId: string) =>
  liveVersion("comment version", async () => (await listComments({ actor: world.editor, claimId })).find((comment) => comment.id === commentId)?.version);

/** `?version=` pairs for the routes that also read If-Match: none, the current one, or a stale one. */
export function versionQuery(version: Live): fc.Arbitrary<QueryPair[]> {
  return fc.constantFrom<QueryPair[]>([], [{ key: "version", value: version, encode: true }], [{ key: "version", value: version.map("stale", (v) => Number(v) - 1), encode: true }]);
}

/** A quote of `text` at its real offsets (with or without context): what a reviewer's selection sends. */
export function selectorIn(text: string) {
  return fc.tuple(fc.nat({ max: text.length - 2 }), fc.integer({ min: 1, max: 60 }), fc.boolean()).map(([start, length, withContext]) => {
    const end = Math.min(text.length, start + length);
    const selector: Record<string, unknown> = { exact: text.slice(start, end), start, end };
    if (withContext) Object.assign(selector, { prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) });
    return selector;
  });
}

/** Ordinary words for text fields: lorem, and once in a while real-world Unicode. */
export const words = fc.oneof(fc.lorem({ maxCount: 8 }), fc.constantFrom("Ünïcödé, עברית, 中文 😀", "A claim, “quoted”."));
