/**
 * The records the fuzzed routes aim at, built once per run through the data layer. Each writing
 * route gets its own target, so one route's accepted requests (a claim deleted, a version bumped)
 * do not change what another route's cases find.
 */
import { deleteSource } from "@/lib/data/sources/delete-source";
import { createComment } from "@/lib/data/comments/create-comment";
import { deleteClaim } from "@/lib/data/claims/delete-claim";
import { recordReview } from "@/lib/data/reviews/record-review";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { startUserSession } from "@/lib/data/users/user-sessions";
import { docFromParagraphs } from "@/lib/document/article-document";
import type { Actor } from "@/lib/policies/actor";
import type { ArticleView } from "@/lib/views/article";
import type { ClaimView } from "@/lib/views/claim";
import type { CommentView } from "@/lib/views/comment";
import type { SourceView } from "@/lib/views/source";
import { buildArticle, buildClaim, buildSource, buildUser } from "@/test/factories";

const PARAGRAPHS = [
  "The council said on Tuesday that 4,200 new homes were approved last year, up from 3,100 the year before.",
  "Critics say the figure counts permissions, not homes built: only 1,900 were finished.",
  "Ünïcödé, עברית and 中文 sit beside an emoji 😀 so offsets cross surrogate pairs.",
];

export type FuzzWorld = {
  admin: Actor;
  editor: Actor;
  reviewer: Actor;
  /** Mentioned in a comment on `claims.mention`: the one who marks mentions seen. */
  mentioned: Actor;
  tokenOwner: Actor;
  roleTarget: Actor;
  sessionsTarget: Actor;
  sessionIds: string[];
  /** Read by most routes; claims live on it; never edited. */
  article: ArticleView;
  articles: Record<"edit" | "policy" | "claims" | "assign", ArticleView>;
  claims: Record<"read" | "patch" | "remove" | "restore" | "verdict" | "review" | "comments" | "sources" | "mention" | "assignA" | "assignB", ClaimView>;
  comments: Record<"parent" | "reply" | "patch" | "remove", CommentView>;
  sources: Record<"patch" | "remove" | "restore", SourceView>;
  tokenId: string;
  /** Records of every kind that no route aims at: their ids stand in for a target's, and whatever an accepted case does to them harms no later route. */
  decoyIds: string[];
};

/** Builds the world; NEXTAUTH_SECRET must be set first, so keyed token creation can seal its secret. */
export async function buildFuzzWorld(): Promise<FuzzWorld> {
  const [admin, editor, reviewer, mentioned, tokenOwner, roleTarget, sessionsTarget] = await Promise.all([
    buildUser({ role: "admin", name: "Fuzz admin" }),
    buildUser({ role: "editor", name: "Fuzz editor" }),
    buildUser({ role: "reviewer", name: "Fuzz reviewer" }),
    buildUser({ role: "reviewer", name: "Fuzz mentioned" }),
    buildUser({ role: "viewer", name: "Fuzz token owner" }),
    buildUser({ role: "reviewer", name: "Fuzz role target" }),
    buildUser({ role: "reviewer", name: "Fuzz sessions target" }),
  ]);
  const articleOf = (title: string) => buildArticle({ actor: editor, title, doc: docFromParagraphs(PARAGRAPHS) });
  const article = await articleOf("Fuzz main article");
  const articles = { edit: await articleOf("Fuzz edited article"), policy: await articleOf("Fuzz policy article"), claims: await articleOf("Fuzz claims article"), assign: await articleOf("Fuzz assigned article") };
  const claimOn = (on: ArticleView, quote: string, actor: Actor = reviewer) => buildClaim({ actor, article: on, quote });
  const claims = {
    read: await claimOn(article, "4,200 new homes"),
    patch: await claimOn(article, "approved last year"),
    remove: await claimOn(article, "up from 3,100"),
    restore: await claimOn(article, "the year before"),
    verdict: await claimOn(article, "only 1,900 were finished", editor),
    review: await claimOn(article, "counts permissions"),
    comments: await claimOn(article, "Critics say"),
    sources: await claimOn(article, "not homes built"),
    mention: await claimOn(article, "emoji 😀"),
    assignA: await claimOn(articles.assign, "The council said"),
    assignB: await claimOn(articles.assign, "Critics say"),
  };
  await claimOn(articles.edit, "4,200 new homes");
  const restore = await deleteClaim({ actor: editor, claimId: claims.restore.id });
  const parent = await createComment({ actor: reviewer, claimId: claims.comments.id, input: { body: "First comment of the thread." } });
  const reply = await createComment({ actor: editor, claimId: claims.comments.id, input: { body: "A reply.", parentId: parent.id } });
  const patch = await createComment({ actor: reviewer, claimId: claims.read.id, input: { body: "The reviewer's own comment, edited by the fuzzer." } });
  const remove = await createComment({ actor: reviewer, claimId: claims.read.id, input: { body: "A comment the fuzzer deletes." } });
  await createComment({ actor: editor, claimId: claims.mention.id, input: { body: `Have a look, @{${mentioned.id}}.` } });
  await recordReview({ actor: editor, claimId: claims.review.id, input: { rating: "half-true" } });
  const sources = {
    patch: await buildSource({ actor: reviewer, claim: claims.sources }),
    remove: await buildSource({ actor: reviewer, claim: claims.sources }),
    restore: await buildSource({ actor: reviewer, claim: claims.sources }),
  };
  await deleteSource({ actor: reviewer, sourceId: sources.restore.id });
  const token = await createApiToken({ actor: tokenOwner, input: { name: "Fuzz token" } });
  const decoyUser = await buildUser({ role: "reviewer", name: "Fuzz decoy" });
  const decoyArticle = await articleOf("Fuzz decoy article");
  const decoyClaim = await claimOn(decoyArticle, "Critics say");
  const decoyComment = await createComment({ actor: reviewer, claimId: decoyClaim.id, input: { body: "A decoy comment." } });
  const decoySource = await buildSource({ actor: reviewer, claim: decoyClaim });
  const decoyToken = await createApiToken({ actor: tokenOwner, input: { name: "Fuzz decoy token" } });
  const decoyIds = [decoyUser.id, decoyArticle.id, decoyArticle.slug, decoyClaim.id, decoyComment.id, decoySource.id, decoyToken.id];
  const sessionIds = [await startUserSession({ userId: sessionsTarget.id, maxAgeSeconds: 3600 }), await startUserSession({ userId: sessionsTarget.id, maxAgeSeconds: 3600 })];
  return {
    admin, editor, reviewer, mentioned, tokenOwner, roleTarget, sessionsTarget, sessionIds, article, articles,
    claims: { ...claims, restore },
    comments: { parent, reply, patch, remove },
    sources,
    tokenId: token.id,
    decoyIds,
  };
}
